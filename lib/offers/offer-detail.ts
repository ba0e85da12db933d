import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { localizedName } from "@/lib/i18n/localized-name";
import { effectiveAvailability, isStale } from "@/lib/offers/freshness";
import { type Availability } from "@/lib/offers/availability";
import { translatableDetails, type TranslatableDetail, translatableDetailsSelect } from "@/lib/offers/schemas";
import { publishedOfferWhere } from "@/lib/offers/visibility";
import { offerContentSelect } from "@/lib/offers/offer-fields";

export const offerDetailSelect = {
  slug: true,
  ...offerContentSelect,
  lat: true,
  lng: true,
  locationApproximate: true,
  availability: true,
  availabilitySetAt: true,
  lastConfirmedAt: true,
  updatedAt: true,
  organisation: { select: { slug: true, name: true, isDemo: true, website: true } },
  locationMunicipality: { select: { slug: true, name: true } },
  topics: { select: { topic: { select: { slug: true, namesJson: true, sortOrder: true } } } },
  audiences: { select: { audience: { select: { slug: true, namesJson: true, sortOrder: true } } } },
  languages: { select: { language: true } },
  municipalities: { select: { municipality: { select: { slug: true, name: true } } } },
  scheduleSlots: {
    select: { weekday: true, startTime: true, endTime: true },
    orderBy: [{ weekday: "asc" }, { startTime: "asc" }],
  },
  translations: {
    select: {
      locale: true,
      title: true,
      summary: true,
      description: true,
      ...translatableDetailsSelect,
      origin: true,
      isReviewed: true,
    },
  },
} satisfies Prisma.OfferSelect;

/** A free-text detail as the reader sees it, with the language it is in (for the element's lang and dir). */
export type LocalizedText = { text: string; locale: string };

export type OfferDetail = {
  slug: string;
  title: string;
  summary: string;
  description: string;
  textLocale: string; // the locale of title, summary and description: the reader's, or German as the fallback
  translation: { origin: string; isReviewed: boolean } | null;
  translatedLocales: string[];
  /** Details shown in German on a translated page, because the translation leaves them out. */
  untranslatedDetails: TranslatableDetail[];
  languageNote: LocalizedText | null;
  organisation: { slug: string; name: string; website: string | null };
  isDemo: boolean;
  topics: { slug: string; name: string }[];
  audiences: { slug: string; name: string }[];
  languages: string[];
  isCountyWide: boolean;
  municipalities: { slug: string; name: string }[];
  location: {
    isOnline: boolean;
    name: string | null;
    street: string | null;
    postcode: string | null;
    municipality: { slug: string; name: string } | null;
    point: { lat: number; lng: number } | null;
    /** The point is the postcode's centre (an import without coordinates), not the address. */
    isApproximate: boolean;
  };
  schedule: { text: LocalizedText | null; slots: { weekday: number; startTime: string; endTime: string }[] };
  cost: { kind: string; note: LocalizedText | null };
  registrationRequired: boolean;
  accessibility: LocalizedText | null;
  contact: { name: string | null; email: string | null; phone: string | null };
  validFrom: string | null;
  validUntil: string | null;
  availability: Availability;
  availabilitySetAt: string | null;
  lastConfirmedAt: string;
  isStale: boolean;
  updatedAt: string;
};

const byOrder = <T extends { sortOrder: number }>(a: T, b: T) => a.sortOrder - b.sortOrder;

type DetailRow = Record<TranslatableDetail, string | null>;

/**
 * Each detail in the reader's translation where it has one, otherwise the German text, as title and summary
 * fall back. A detail the German offer lacks is not shown, even if an older translation still has it.
 */
function localizedDetails(german: DetailRow, translation: DetailRow | undefined, locale: string) {
  const pick = (field: TranslatableDetail): LocalizedText | null => {
    const germanText = german[field];
    if (germanText === null) return null;
    const translated = translation?.[field];
    return translated ? { text: translated, locale } : { text: germanText, locale: "de" };
  };
  const details = Object.fromEntries(translatableDetails.map((field) => [field, pick(field)])) as Record<
    TranslatableDetail,
    LocalizedText | null
  >;
  const untranslated = translation ? translatableDetails.filter((field) => details[field]?.locale === "de") : [];
  return { details, untranslated };
}

/** A published offer with every field, texts in the reader's locale where translated; null if not public. */
export async function findOfferDetail(slug: string, locale: string): Promise<OfferDetail | null> {
  const now = new Date();
  const row = await prisma.offer.findFirst({ where: { slug, ...publishedOfferWhere(now) }, select: offerDetailSelect });
  return row ? toOfferDetail(row, locale, now) : null;
}

/** The public page's view of a loaded offer; the admins' review preview maps an unpublished one the same way. */
export function toOfferDetail(
  row: Prisma.OfferGetPayload<{ select: typeof offerDetailSelect }>,
  locale: string,
  now: Date,
): OfferDetail {
  const translation = locale === "de" ? undefined : row.translations.find((t) => t.locale === locale);
  const effective = effectiveAvailability(row.availability, row.availabilitySetAt, now);
  const { details, untranslated } = localizedDetails(row, translation, locale);
  return {
    slug: row.slug,
    title: translation?.title ?? row.title,
    summary: translation?.summary ?? row.summary,
    description: translation?.description ?? row.description,
    textLocale: translation ? locale : "de",
    translation: translation ? { origin: translation.origin, isReviewed: translation.isReviewed } : null,
    translatedLocales: row.translations.map((t) => t.locale),
    untranslatedDetails: untranslated,
    languageNote: details.languageNote,
    organisation: { slug: row.organisation.slug, name: row.organisation.name, website: row.organisation.website },
    isDemo: row.organisation.isDemo,
    topics: row.topics
      .map(({ topic }) => topic)
      .sort(byOrder)
      .map((t) => ({ slug: t.slug, name: localizedName(t.namesJson, locale) })),
    audiences: row.audiences
      .map(({ audience }) => audience)
      .sort(byOrder)
      .map((a) => ({ slug: a.slug, name: localizedName(a.namesJson, locale) })),
    languages: row.languages.map(({ language }) => language),
    isCountyWide: row.isCountyWide,
    municipalities: row.municipalities.map(({ municipality }) => municipality),
    location: {
      isOnline: row.isOnline,
      name: row.locationName,
      street: row.street,
      postcode: row.postcode,
      municipality: row.locationMunicipality,
      point: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
      isApproximate: row.locationApproximate,
    },
    schedule: { text: details.scheduleText, slots: row.scheduleSlots },
    cost: { kind: row.costKind, note: details.costNote },
    registrationRequired: row.registrationRequired,
    accessibility: details.accessibility,
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    validFrom: row.validFrom?.toISOString() ?? null,
    validUntil: row.validUntil?.toISOString() ?? null,
    availability: effective,
    availabilitySetAt: effective === "unknown" ? null : (row.availabilitySetAt?.toISOString() ?? null),
    lastConfirmedAt: row.lastConfirmedAt.toISOString(),
    isStale: isStale(row.lastConfirmedAt, now),
    updatedAt: row.updatedAt.toISOString(),
  };
}
