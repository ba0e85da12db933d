import { stopwords as germanStopwords } from "@orama/stopwords/german";
import type { MultiSearchQuery, MultiSearchResult, Settings } from "meilisearch";
import synonymsFile from "@/lib/search/data/synonyms.json";
import { distanceKm } from "@/lib/geo/distance";
import {
  facetNames,
  type FacetName,
  type OfferSearchDocument,
  type OfferSearchFilters,
  type OfferSearchQuery,
  type OfferSearchResult,
} from "@/lib/search/offer-search-index";
import { availabilityRankAt } from "@/lib/search/ranking";
import {
  conceptSynonyms,
  expansionTerms,
  otherLanguageStopwords,
  queryTextForWordEngines,
} from "@/lib/search/text-analysis";

// The pure half of the Meilisearch adapter: index settings, document mapping, query → requests and
// responses → result. Unit-tested without a server; meilisearch-offer-index.ts only sends what these build.

export const MEILISEARCH_INDEX = "offers";

/** The jargon both ways (synonyms.json), and every word and phrase of the concept vocabulary one way onto
 * its German words (concepts.json): "danışmanlık" searches for "beratung" too. */
function meilisearchSynonyms(): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  const add = (key: string, words: string[]) => {
    const set = synonyms.get(key) ?? new Set<string>();
    for (const word of words) if (word !== key) set.add(word);
    synonyms.set(key, set);
  };
  for (const group of synonymsFile.groups) for (const word of group) add(word, group);
  for (const [key, words] of Object.entries(conceptSynonyms())) add(key, words);
  return Object.fromEntries([...synonyms].map(([key, words]) => [key, [...words]]));
}

const facetAttribute: Record<FacetName, string> = {
  municipality: "municipalities",
  topic: "topics",
  language: "languages",
  audience: "audiences",
};

export const meilisearchSettings: Settings = {
  searchableAttributes: ["title", "translatedTitles", "summary", "text", "expansions", "translatedText"],
  filterableAttributes: ["municipalities", "topics", "languages", "audiences", "isFree", "_geo", "validUntilMs"],
  sortableAttributes: ["_geo", "updatedAtMs", "lastConfirmedAtMs"],
  // An explicit sort (distance, updated) decides; otherwise relevance, then freshness and places free — as in
  // the embedded engine.
  rankingRules: [
    "sort",
    "words",
    "typo",
    "proximity",
    "attribute",
    "exactness",
    "lastConfirmedAtMs:desc",
    "availabilityRank:desc",
  ],
  // Meilisearch does not stem German: it compares each query word as typed with the indexed words, allowing
  // typos by the typed word's length, so a typo never hides a suffix from a stemmer ("arabiecher" is one typo
  // from "arabischer" and matches it). The embedded engine stems, and tries the typed word's one-typo variants
  // before stemming for the same effect (text-analysis.ts, typoVariantStems). Synonyms match without typos.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  stopWords: [...germanStopwords, ...otherLanguageStopwords],
  synonyms: meilisearchSynonyms(),
  localizedAttributes: [{ attributePatterns: ["title", "summary", "text", "expansions"], locales: ["deu"] }],
  faceting: { maxValuesPerFacet: 500 },
  pagination: { maxTotalHits: 100_000 },
};

export type MeilisearchOffer = {
  id: string;
  title: string;
  translatedTitles: string[];
  summary: string;
  text: string;
  translatedText: string[];
  /** Compound parts and synonyms, which Meilisearch does not derive for German by itself. */
  expansions: string[];
  municipalities: string[];
  topics: string[];
  languages: string[];
  audiences: string[];
  isFree: boolean;
  _geo: { lat: number; lng: number } | null;
  validUntilMs: number;
  updatedAtMs: number;
  lastConfirmedAtMs: number;
  availabilityRank: number; // as of indexing; the embedded engine evaluates it at query time
  document: OfferSearchDocument;
};

export function toMeilisearchOffer(document: OfferSearchDocument, now: Date): MeilisearchOffer {
  const translations = Object.values(document.translations);
  return {
    id: document.id,
    title: document.title,
    translatedTitles: translations.map((t) => t.title),
    summary: document.summary,
    text: document.text,
    translatedText: translations.map((t) => t.summary),
    expansions: expansionTerms([document.title, document.summary].join(" ")),
    municipalities: document.municipalities,
    topics: document.topics,
    languages: document.languages,
    audiences: document.audiences,
    isFree: document.isFree,
    _geo: document.location,
    validUntilMs: document.validUntil ? Date.parse(document.validUntil) : Number.MAX_SAFE_INTEGER,
    updatedAtMs: Date.parse(document.updatedAt),
    lastConfirmedAtMs: Date.parse(document.lastConfirmedAt),
    availabilityRank: availabilityRankAt(
      document.availability,
      document.availabilitySetAt ? Date.parse(document.availabilitySetAt) : null,
      now,
    ),
    document,
  };
}

const quote = (value: string) => `"${value.replace(/["\\]/g, "\\$&")}"`;

/** Filter expressions (AND of the array), optionally without one facet's own selection. */
export function buildFilter(filters: OfferSearchFilters, now: Date, except?: FacetName): string[] {
  const filter = [`validUntilMs >= ${now.getTime()}`];
  for (const facet of facetNames) {
    if (facet !== except && filters[facet].length > 0) {
      filter.push(`${facetAttribute[facet]} IN [${filters[facet].map(quote).join(", ")}]`);
    }
  }
  if (filters.isFree) filter.push("isFree = true");
  if (filters.near)
    filter.push(`_geoRadius(${filters.near.lat}, ${filters.near.lng}, ${Math.round(filters.near.radiusKm * 1000)})`);
  if (filters.bbox) {
    const { west, south, east, north } = filters.bbox;
    filter.push(`_geoBoundingBox([${north}, ${east}], [${south}, ${west}])`);
  }
  return filter;
}

function sortFor(query: OfferSearchQuery): string[] | undefined {
  if (query.sort === "distance" && query.filters.near)
    return [`_geoPoint(${query.filters.near.lat}, ${query.filters.near.lng}):asc`];
  if (query.sort === "updated") return ["updatedAtMs:desc"];
  if (!query.text.trim()) return ["lastConfirmedAtMs:desc"];
  return undefined;
}

/** The main request plus one request per selected facet, for disjunctive counts. */
export function toMeilisearchRequests(query: OfferSearchQuery, now: Date): MultiSearchQuery[] {
  const selected = facetNames.filter((facet) => query.filters[facet].length > 0);
  const open = facetNames.filter((facet) => query.filters[facet].length === 0);
  // Without the words our analysis leaves out ("help with homework" asks for homework), as in the embedded engine.
  const q = queryTextForWordEngines(query.text);
  const main: MultiSearchQuery = {
    indexUid: MEILISEARCH_INDEX,
    q,
    matchingStrategy: "all", // every word must match, as in the embedded engine
    filter: buildFilter(query.filters, now),
    facets: open.map((facet) => facetAttribute[facet]),
    hitsPerPage: query.perPage,
    page: query.page,
    attributesToRetrieve: ["document"],
    sort: sortFor(query),
  };
  const facetRequests = selected.map<MultiSearchQuery>((facet) => ({
    indexUid: MEILISEARCH_INDEX,
    q,
    matchingStrategy: "all",
    filter: buildFilter(query.filters, now, facet),
    facets: [facetAttribute[facet]],
    hitsPerPage: 0,
  }));
  return [main, ...facetRequests];
}

/** Reads the answers to the requests of toMeilisearchRequests, in the same order. */
export function fromMeilisearchResults(
  query: OfferSearchQuery,
  results: MultiSearchResult<Record<string, unknown>>[],
): OfferSearchResult {
  const [main, ...facetResults] = results;
  if (!main) throw new Error("Meilisearch answered without results");
  const selected = facetNames.filter((facet) => query.filters[facet].length > 0);
  const facets = Object.fromEntries(facetNames.map((facet) => [facet, {}])) as OfferSearchResult["facets"];
  for (const facet of facetNames.filter((f) => !selected.includes(f))) {
    facets[facet] = main.facetDistribution?.[facetAttribute[facet]] ?? {};
  }
  selected.forEach((facet, i) => {
    facets[facet] = facetResults[i]?.facetDistribution?.[facetAttribute[facet]] ?? {};
  });
  const near = query.filters.near;
  return {
    total: main.totalHits ?? main.estimatedTotalHits ?? 0,
    facets,
    hits: main.hits.map((hit) => {
      const document = hit.document as OfferSearchDocument;
      return { document, distanceKm: near && document.location ? distanceKm(near, document.location) : null };
    }),
  };
}
