import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { contentLocales, type ContentLocale, translatableDetailsSelect } from "@/lib/offers/schemas";
import { DomainError } from "@/lib/result";

// An offer as its editors see it. Authorised here: someone who may not edit it gets "not found".

/** The form's starting values: the shape of OfferInputSchema's input. */
export type OfferFormValues = {
  title: string;
  summary: string;
  description: string;
  topics: string[];
  audiences: string[];
  languages: string[];
  languageNote: string;
  isCountyWide: boolean;
  municipalities: string[];
  isOnline: boolean;
  locationName: string;
  street: string;
  postcode: string;
  locationMunicipality: string;
  lat: number | null;
  lng: number | null;
  scheduleText: string;
  slots: { weekday: number; startTime: string; endTime: string }[];
  costKind: string;
  costNote: string;
  registrationRequired: boolean;
  accessibility: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  validFrom: string;
  validUntil: string;
};

export const emptyOfferFormValues: OfferFormValues = {
  title: "",
  summary: "",
  description: "",
  topics: [],
  audiences: [],
  languages: ["de"],
  languageNote: "",
  isCountyWide: false,
  municipalities: [],
  isOnline: false,
  locationName: "",
  street: "",
  postcode: "",
  locationMunicipality: "",
  lat: null,
  lng: null,
  scheduleText: "",
  slots: [],
  costKind: "free",
  costNote: "",
  registrationRequired: false,
  accessibility: "",
  contactName: "",
  contactEmail: "",
  contactPhone: "",
  validFrom: "",
  validUntil: "",
};

export type TranslationStatus = {
  locale: ContentLocale;
  exists: boolean;
  origin: string | null;
  isReviewed: boolean;
  isOutdated: boolean;
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export async function getOfferForEdit(actor: Actor, offerId: string) {
  const row = await prisma.offer.findUnique({
    where: { id: offerId },
    include: {
      organisation: { select: { id: true, slug: true, name: true, status: true } },
      topics: { select: { topic: { select: { slug: true } } } },
      audiences: { select: { audience: { select: { slug: true } } } },
      languages: { select: { language: true } },
      municipalities: { select: { municipality: { select: { slug: true } } } },
      locationMunicipality: { select: { slug: true } },
      scheduleSlots: {
        select: { weekday: true, startTime: true, endTime: true },
        orderBy: [{ weekday: "asc" }, { startTime: "asc" }],
      },
      translations: { select: { locale: true, origin: true, isReviewed: true, sourceUpdatedAt: true } },
    },
  });
  if (!row || !can(actor, "offer:edit", row.organisationId)) throw new DomainError("not_found", "notFound");
  const values: OfferFormValues = {
    title: row.title,
    summary: row.summary,
    description: row.description,
    topics: row.topics.map((t) => t.topic.slug),
    audiences: row.audiences.map((a) => a.audience.slug),
    languages: row.languages.map((l) => l.language),
    languageNote: row.languageNote ?? "",
    isCountyWide: row.isCountyWide,
    municipalities: row.municipalities.map((m) => m.municipality.slug),
    isOnline: row.isOnline,
    locationName: row.locationName ?? "",
    street: row.street ?? "",
    postcode: row.postcode ?? "",
    locationMunicipality: row.locationMunicipality?.slug ?? "",
    lat: row.lat,
    lng: row.lng,
    scheduleText: row.scheduleText ?? "",
    slots: row.scheduleSlots,
    costKind: row.costKind,
    costNote: row.costNote ?? "",
    registrationRequired: row.registrationRequired,
    accessibility: row.accessibility ?? "",
    contactName: row.contactName ?? "",
    contactEmail: row.contactEmail ?? "",
    contactPhone: row.contactPhone ?? "",
    validFrom: day(row.validFrom),
    validUntil: day(row.validUntil),
  };
  const translations: TranslationStatus[] = contentLocales.map((locale) => {
    const translation = row.translations.find((t) => t.locale === locale);
    return {
      locale,
      exists: Boolean(translation),
      origin: translation?.origin ?? null,
      isReviewed: translation?.isReviewed ?? false,
      isOutdated: translation ? translation.sourceUpdatedAt < row.textUpdatedAt : false,
    };
  });
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    rejectionReason: row.rejectionReason,
    hasSecondLook: row.secondLookSince !== null,
    organisation: row.organisation,
    values,
    translations,
  };
}
export type OfferForEdit = Awaited<ReturnType<typeof getOfferForEdit>>;

/** The German source and one translation, for the side-by-side editor. */
export async function getTranslationForEdit(actor: Actor, offerId: string, locale: ContentLocale) {
  const row = await prisma.offer.findUnique({
    where: { id: offerId },
    select: {
      id: true,
      organisationId: true,
      title: true,
      summary: true,
      description: true,
      ...translatableDetailsSelect,
      textUpdatedAt: true,
      translations: {
        where: { locale },
        select: {
          title: true,
          summary: true,
          description: true,
          ...translatableDetailsSelect,
          origin: true,
          isReviewed: true,
          sourceUpdatedAt: true,
        },
      },
    },
  });
  if (!row || !can(actor, "offer:edit", row.organisationId)) throw new DomainError("not_found", "notFound");
  const translation = row.translations[0] ?? null;
  return {
    id: row.id,
    // A null detail is one the German offer does not have: the editor leaves it out.
    source: {
      title: row.title,
      summary: row.summary,
      description: row.description,
      scheduleText: row.scheduleText,
      accessibility: row.accessibility,
      costNote: row.costNote,
      languageNote: row.languageNote,
    },
    translation: translation && {
      title: translation.title,
      summary: translation.summary,
      description: translation.description,
      scheduleText: translation.scheduleText,
      accessibility: translation.accessibility,
      costNote: translation.costNote,
      languageNote: translation.languageNote,
      origin: translation.origin,
      isReviewed: translation.isReviewed,
      isOutdated: translation.sourceUpdatedAt < row.textUpdatedAt,
    },
  };
}
