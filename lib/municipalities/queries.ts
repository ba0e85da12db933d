import "server-only";
import { prisma } from "@/lib/db";
import { offersServingMunicipalityWhere } from "@/lib/offers/queries";

export type MunicipalitySummary = { id: string; slug: string; name: string; offerCount: number };

/** Municipalities by name with the number of public offers serving each (county-wide offers included). */
export async function listMunicipalitiesWithOfferCounts(): Promise<MunicipalitySummary[]> {
  const municipalities = await prisma.municipality.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } });
  const counts = await prisma.$transaction(
    municipalities.map((municipality) => prisma.offer.count({ where: offersServingMunicipalityWhere(municipality.id) })),
  );
  return municipalities.map((municipality, index) => ({ ...municipality, offerCount: counts[index] ?? 0 }));
}

export type MunicipalityProfile = {
  id: string;
  slug: string;
  name: string;
  ags: string;
  kind: string;
  population: number;
  populationDate: string;
  postcodes: string[];
  organisations: { slug: string; name: string; kind: string }[];
};

export async function findMunicipalityProfile(slug: string): Promise<MunicipalityProfile | null> {
  const municipality = await prisma.municipality.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      ags: true,
      kind: true,
      population: true,
      populationDate: true,
      postcodes: { select: { code: true }, orderBy: { code: "asc" } },
      organisations: { where: { status: "approved" }, select: { slug: true, name: true, kind: true }, orderBy: { name: "asc" } },
    },
  });
  return municipality && { ...municipality, postcodes: municipality.postcodes.map(({ code }) => code) };
}
