import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { localizedName } from "@/lib/i18n/localized-name";
import { effectiveAvailability, isStale } from "@/lib/offers/freshness";
import { type Availability } from "@/lib/offers/availability";
import { publicOfferListWhere, publishedOfferWhere, type OfferListFilter } from "@/lib/offers/visibility";

const offerCardSelect = {
  slug: true,
  title: true,
  summary: true,
  isCountyWide: true,
  isOnline: true,
  costKind: true,
  availability: true,
  availabilitySetAt: true,
  lastConfirmedAt: true,
  organisation: { select: { slug: true, name: true, isDemo: true } },
  topics: { select: { topic: { select: { slug: true, namesJson: true, sortOrder: true } } } },
  languages: { select: { language: true } },
  municipalities: { select: { municipality: { select: { slug: true, name: true } } } },
  locationMunicipality: { select: { slug: true, name: true } },
} satisfies Prisma.OfferSelect;

const translatedTextSelect = (locale: string) =>
  ({
    where: { locale },
    select: { title: true, summary: true, description: true },
    take: 1,
  }) satisfies Prisma.Offer$translationsArgs;

type OfferCardRow = Prisma.OfferGetPayload<{ select: typeof offerCardSelect }> & {
  translations: { title: string; summary: string }[];
};

export type OfferCard = {
  slug: string;
  title: string;
  summary: string;
  textLocale: string; // the locale of title and summary: the reader's, or German as the fallback
  organisation: { slug: string; name: string };
  isDemo: boolean;
  isCountyWide: boolean;
  isOnline: boolean;
  municipalities: { slug: string; name: string }[];
  topics: { slug: string; name: string }[];
  languages: string[];
  costKind: string;
  availability: Availability;
  isStale: boolean;
  lastConfirmedAt: string;
};

function toOfferCard(row: OfferCardRow, locale: string, now: Date): OfferCard {
  const translation = row.translations[0];
  return {
    slug: row.slug,
    title: translation?.title ?? row.title,
    summary: translation?.summary ?? row.summary,
    textLocale: translation ? locale : "de",
    organisation: { slug: row.organisation.slug, name: row.organisation.name },
    isDemo: row.organisation.isDemo,
    isCountyWide: row.isCountyWide,
    isOnline: row.isOnline,
    municipalities: row.municipalities.map(({ municipality }) => municipality),
    topics: row.topics
      .map(({ topic }) => topic)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((topic) => ({ slug: topic.slug, name: localizedName(topic.namesJson, locale) })),
    languages: row.languages.map(({ language }) => language),
    costKind: row.costKind,
    availability: effectiveAvailability(row.availability, row.availabilitySetAt, now),
    isStale: isStale(row.lastConfirmedAt, now),
    lastConfirmedAt: row.lastConfirmedAt.toISOString(),
  };
}

export type OfferPage = { offers: OfferCard[]; total: number; page: number; pageCount: number };

export const OFFERS_PER_PAGE = 20;

/**
 * A page of public offers matching the filter, recently confirmed first. German is the source text; the reader's
 * locale is used where a translation exists.
 */
export async function listOfferCards(
  filter: OfferListFilter,
  { locale, page = 1, perPage = OFFERS_PER_PAGE }: { locale: string; page?: number; perPage?: number },
): Promise<OfferPage> {
  const now = new Date();
  const where = publicOfferListWhere(filter, now);
  const [total, rows] = await prisma.$transaction([
    prisma.offer.count({ where }),
    prisma.offer.findMany({
      where,
      select: { ...offerCardSelect, translations: translatedTextSelect(locale) },
      orderBy: [{ lastConfirmedAt: "desc" }, { slug: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
    }),
  ]);
  return {
    offers: rows.map((row) => toOfferCard(row, locale, now)),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / perPage)),
  };
}

/** The newest published offers, for the home page. */
export async function listNewestOffers(locale: string, take = 6): Promise<OfferCard[]> {
  const now = new Date();
  const rows = await prisma.offer.findMany({
    where: publishedOfferWhere(now),
    select: { ...offerCardSelect, translations: translatedTextSelect(locale) },
    orderBy: [{ publishedAt: "desc" }, { slug: "asc" }],
    take,
  });
  return rows.map((row) => toOfferCard(row, locale, now));
}
