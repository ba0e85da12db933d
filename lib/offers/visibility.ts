import type { Prisma } from "@/generated/prisma/client";

// Which offers the public may see, as Prisma filters. Without "server-only" so scripts (reindex) can use it.

/** Offers the public may see: published and not past their validity window. */
export function publishedOfferWhere(now: Date = new Date()): Prisma.OfferWhereInput {
  return { status: "published", OR: [{ validUntil: null }, { validUntil: { gte: now } }] };
}

/** What a public offer list narrows by; every given condition applies. */
export type OfferListFilter = { topicId?: string; municipalityId?: string; organisationId?: string };

export function publicOfferListWhere(filter: OfferListFilter, now: Date = new Date()): Prisma.OfferWhereInput {
  const conditions: Prisma.OfferWhereInput[] = [];
  if (filter.topicId) conditions.push({ topics: { some: { topicId: filter.topicId } } });
  // County-wide offers serve every municipality.
  if (filter.municipalityId) {
    conditions.push({
      OR: [{ isCountyWide: true }, { municipalities: { some: { municipalityId: filter.municipalityId } } }],
    });
  }
  if (filter.organisationId) conditions.push({ organisationId: filter.organisationId });
  return { ...publishedOfferWhere(now), AND: conditions };
}
