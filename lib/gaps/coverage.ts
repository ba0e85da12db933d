import { getRegion, type Region } from "@/lib/region/region";
import { getOfferSearchIndex } from "@/lib/search/get-offer-search-index";
import type { OfferSearchIndex, OfferSearchQuery } from "@/lib/search/offer-search-index";
import type { SearchRequest } from "@/lib/search/search-request";

// How many published offers serve each municipality, per core topic and per language of service, relative to
// the people living there (docs/decisions/017-gap-atlas.md). Every figure is a search: the count for a
// municipality and a topic is the total that search answers for that municipality and topic with the same
// filters, so an offer serving three municipalities (or the whole county) counts in each, exactly as a
// resident finds it. The breakdowns are the search's disjunctive facets: the topic figures apply every filter
// but the topic one, the language figures every filter but the language one.

export type CoverageFigure = { offers: number; per10k: number | null };

export type MunicipalityCoverage = {
  slug: string;
  name: string;
  population: number;
  populationDate: string; // YYYY-MM-DD, the count's reference date
  populationSource: string;
  /** Every offer matching the filters that serves the municipality. */
  offers: number;
  per10k: number | null;
  topics: Record<string, CoverageFigure>;
  languages: Record<string, CoverageFigure>;
};

export type Coverage = {
  generatedAt: string; // ISO
  filters: { text: string; topic: string[]; language: string[]; audience: string[]; free: boolean };
  municipalities: MunicipalityCoverage[];
  /** The county: distinct offers (one serving three municipalities counts once) over the summed population. */
  totals: Omit<MunicipalityCoverage, "slug" | "name" | "populationSource">;
};

/** Offers per 10,000 residents to two decimals; null where nobody is counted as living. */
export function per10k(offers: number, population: number): number | null {
  if (population <= 0) return null;
  return Math.round((offers / population) * 1_000_000) / 100;
}

const figure = (offers: number, population: number): CoverageFigure => ({
  offers,
  per10k: per10k(offers, population),
});

/** The figures of one search for every key, zero where the facet has none. */
function figures(keys: readonly string[], facet: Record<string, number>, population: number) {
  return Object.fromEntries(keys.map((key) => [key, figure(facet[key] ?? 0, population)]));
}

/**
 * The coverage for a validated search request (its text, topic, language, audience and free filters; paging,
 * sorting, places and the municipality filter do not apply: the answer is about every municipality).
 */
export async function measureCoverage(
  request: Pick<SearchRequest, "text" | "filters">,
  options: { index?: OfferSearchIndex; region?: Region; now?: Date } = {},
): Promise<Coverage> {
  const index = options.index ?? (await getOfferSearchIndex());
  const region = options.region ?? getRegion();
  const now = options.now ?? new Date();
  const { topic, language, audience, isFree } = request.filters;
  const search = (municipality: string[]) =>
    index.search({
      text: request.text,
      filters: { municipality, topic, language, audience, isFree, near: null, bbox: null },
      sort: "relevance",
      page: 1,
      perPage: 1,
      now,
    } satisfies OfferSearchQuery);

  const [county, ...perMunicipality] = await Promise.all([
    search([]),
    ...region.municipalities.map((municipality) => search([municipality.slug])),
  ]);
  const topicKeys = topic.length > 0 ? topic : region.topics.map((t) => t.slug);
  // The region's languages of service always, so a language nobody offers shows as a gap; others as found.
  const languageKeys =
    language.length > 0
      ? language
      : [...new Set([...region.serviceLanguages, ...Object.keys(county.facets.language)])].filter(
          (code) => region.serviceLanguages.includes(code) || (county.facets.language[code] ?? 0) > 0,
        );

  const municipalities = region.municipalities.map((municipality, i): MunicipalityCoverage => {
    const result = perMunicipality[i]!;
    return {
      slug: municipality.slug,
      name: municipality.name,
      population: municipality.population,
      populationDate: municipality.populationDate,
      populationSource: municipality.populationSource,
      ...figure(result.total, municipality.population),
      topics: figures(topicKeys, result.facets.topic, municipality.population),
      languages: figures(languageKeys, result.facets.language, municipality.population),
    };
  });
  const population = region.municipalities.reduce((sum, m) => sum + m.population, 0);
  const populationDate = region.municipalities.map((m) => m.populationDate).sort()[0]!;
  return {
    generatedAt: now.toISOString(),
    filters: { text: request.text, topic, language, audience, free: isFree },
    municipalities,
    totals: {
      population,
      populationDate,
      ...figure(county.total, population),
      topics: figures(topicKeys, county.facets.topic, population),
      languages: figures(languageKeys, county.facets.language, population),
    },
  };
}
