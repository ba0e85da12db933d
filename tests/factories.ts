import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { getRegion } from "@/lib/region/region";
import { seedRegion } from "@/lib/seed/seed-region";

// Test data with unique values. The region (municipalities, topics, audiences) is reference data that the
// product cannot run without, so tests seed it rather than invent it.

export async function seedRegionForTest(): Promise<void> {
  await seedRegion(prisma, getRegion());
}

const unique = () => randomUUID().slice(0, 8);

export async function makeOrganisation(overrides: { municipalitySlug?: string; status?: string } = {}) {
  const municipality = await prisma.municipality.findUniqueOrThrow({
    where: { slug: overrides.municipalitySlug ?? "verl" },
  });
  const suffix = unique();
  return prisma.organisation.create({
    data: {
      slug: `organisation-${suffix}`,
      name: `Organisation ${suffix}`,
      kind: "association",
      municipalityId: municipality.id,
      status: overrides.status ?? "approved",
    },
    select: { id: true, slug: true, name: true },
  });
}

type OfferOverrides = {
  title?: string;
  status?: string;
  municipalitySlugs?: string[];
  isCountyWide?: boolean;
  validUntil?: Date | null;
  topicSlugs?: string[];
  translations?: { locale: string; title: string; summary: string }[];
};

export async function makeOffer(organisationId: string, overrides: OfferOverrides = {}) {
  const suffix = unique();
  const municipalities = await prisma.municipality.findMany({
    where: { slug: { in: overrides.municipalitySlugs ?? ["verl"] } },
  });
  const topics = await prisma.topic.findMany({ where: { slug: { in: overrides.topicSlugs ?? ["sprache-bildung"] } } });
  return prisma.offer.create({
    data: {
      slug: `offer-${suffix}`,
      organisationId,
      title: overrides.title ?? `Angebot ${suffix}`,
      summary: "Kurzbeschreibung",
      description: "Beschreibung",
      status: overrides.status ?? "published",
      isCountyWide: overrides.isCountyWide ?? false,
      validUntil: overrides.validUntil ?? null,
      municipalities: overrides.isCountyWide
        ? undefined
        : { create: municipalities.map((m) => ({ municipalityId: m.id })) },
      topics: { create: topics.map((t) => ({ topicId: t.id })) },
      languages: { create: [{ language: "de" }] },
      translations: {
        create: (overrides.translations ?? []).map((t) => ({
          ...t,
          description: t.summary,
          origin: "author",
          isReviewed: true,
          sourceUpdatedAt: new Date(),
        })),
      },
    },
    select: { id: true, slug: true },
  });
}
