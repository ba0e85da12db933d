import "server-only";
import { prisma } from "@/lib/db";
import { publishedOfferWhere } from "@/lib/offers/visibility";

export type MunicipalitySummary = { id: string; slug: string; name: string; offerCount: number };

/** Municipalities by name with the number of public offers serving each (county-wide offers included). */
export async function listMunicipalitiesWithOfferCounts(): Promise<MunicipalitySummary[]> {
  const [municipalities, served, countyWide] = await Promise.all([
    prisma.municipality.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }),
    prisma.offerMunicipality.groupBy({
      by: ["municipalityId"],
      where: { offer: { ...publishedOfferWhere(), isCountyWide: false } },
      orderBy: { municipalityId: "asc" },
      _count: { _all: true },
    }),
    prisma.offer.count({ where: { ...publishedOfferWhere(), isCountyWide: true } }),
  ]);
  const servedCount = new Map(served.map((row) => [row.municipalityId, row._count._all]));
  return municipalities.map((m) => ({ ...m, offerCount: (servedCount.get(m.id) ?? 0) + countyWide }));
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
      organisations: {
        where: { status: "approved" },
        select: { slug: true, name: true, kind: true },
        orderBy: { name: "asc" },
      },
    },
  });
  return municipality && { ...municipality, postcodes: municipality.postcodes.map(({ code }) => code) };
}
