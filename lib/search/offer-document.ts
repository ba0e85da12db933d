import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { OfferSearchDocument } from "@/lib/search/offer-search-index";
import { z } from "zod";

// The one mapping from an offer in the database to its search document, used by the indexer, the reindex
// script and tests. Published offers become documents; the engines leave out those past their validity
// window at query time, because an offer expires without any write that could tell the indexer.

const namesSchema = z.record(z.string(), z.string());

/** The offers the search index holds. */
export const indexedOfferWhere = { status: "published" } satisfies Prisma.OfferWhereInput;

const offerDocumentSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  description: true,
  languageNote: true,
  costKind: true,
  costNote: true,
  isCountyWide: true,
  lat: true,
  lng: true,
  availability: true,
  availabilitySetAt: true,
  updatedAt: true,
  lastConfirmedAt: true,
  validUntil: true,
  organisation: { select: { id: true, slug: true, name: true } },
  locationMunicipality: { select: { name: true } },
  municipalities: { select: { municipality: { select: { slug: true, name: true } } } },
  topics: { select: { topic: { select: { slug: true, namesJson: true } } } },
  audiences: { select: { audience: { select: { slug: true, namesJson: true } } } },
  languages: { select: { language: true } },
  translations: {
    select: { locale: true, title: true, summary: true, description: true, languageNote: true, costNote: true },
  },
} satisfies Prisma.OfferSelect;

type OfferDocumentRow = Prisma.OfferGetPayload<{ select: typeof offerDocumentSelect }>;

function toOfferSearchDocument(row: OfferDocumentRow, allMunicipalitySlugs: string[]): OfferSearchDocument {
  const germanName = (json: string) => namesSchema.parse(JSON.parse(json)).de ?? "";
  const text = [
    row.description,
    row.organisation.name,
    row.locationMunicipality?.name,
    ...row.municipalities.map(({ municipality }) => municipality.name),
    // German names only: facets filter by topic and audience in every language, and each name in ten
    // languages on every document would multiply the index. A query in another language reaches these German
    // names through the concept vocabulary (data/concepts.json: "النساء" asks for "Frauen"); a test in
    // text-analysis.test.ts checks every topic and audience name of the region in every language.
    ...row.topics.map(({ topic }) => germanName(topic.namesJson)),
    ...row.audiences.map(({ audience }) => germanName(audience.namesJson)),
    row.languageNote,
    row.costNote,
    // The translated details as far as the German ones are indexed: language note and costs.
    ...row.translations.flatMap((t) => [t.summary, t.description, t.languageNote, t.costNote]),
  ]
    .filter(Boolean)
    .join("\n");
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    text,
    translations: Object.fromEntries(row.translations.map((t) => [t.locale, { title: t.title, summary: t.summary }])),
    organisation: row.organisation,
    municipalities: row.isCountyWide
      ? allMunicipalitySlugs
      : row.municipalities.map(({ municipality }) => municipality.slug),
    isCountyWide: row.isCountyWide,
    topics: row.topics.map(({ topic }) => topic.slug),
    languages: row.languages.map(({ language }) => language),
    audiences: row.audiences.map(({ audience }) => audience.slug),
    isFree: row.costKind === "free",
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    availability: row.availability,
    availabilitySetAt: row.availabilitySetAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    lastConfirmedAt: row.lastConfirmedAt.toISOString(),
    validUntil: row.validUntil?.toISOString() ?? null,
  };
}

async function municipalitySlugs(db: PrismaClient): Promise<string[]> {
  return (await db.municipality.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((m) => m.slug);
}

/** Search documents of those offers among `offerIds` that are published; the others are absent from the result. */
export async function loadOfferDocuments(
  offerIds: string[],
  db: PrismaClient = prisma,
): Promise<OfferSearchDocument[]> {
  if (offerIds.length === 0) return [];
  const slugs = await municipalitySlugs(db);
  const rows = await db.offer.findMany({
    where: { id: { in: offerIds }, ...indexedOfferWhere },
    select: offerDocumentSelect,
  });
  return rows.map((row) => toOfferSearchDocument(row, slugs));
}

/** Every published offer as a search document, read in batches (for the full reindex). */
export async function* iterateOfferDocuments(
  batchSize = 2_000,
  db: PrismaClient = prisma,
): AsyncGenerator<OfferSearchDocument[]> {
  const slugs = await municipalitySlugs(db);
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.offer.findMany({
      where: indexedOfferWhere,
      select: offerDocumentSelect,
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) return;
    yield rows.map((row) => toOfferSearchDocument(row, slugs));
    cursor = rows[rows.length - 1]!.id;
  }
}
