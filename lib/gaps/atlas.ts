import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { classifyCoverage, type CoverageClass, type MappedFigureKey } from "@/lib/gaps/coverage-classes";
import { measureCoverage, type Coverage, type CoverageFigure } from "@/lib/gaps/coverage";
import { comparisonSnapshot, type StoredCoverage } from "@/lib/gaps/coverage-snapshots";
import { unmetSearchesFor, type UnmetSearch } from "@/lib/gaps/unmet-searches";
import type { SearchRequest } from "@/lib/search/search-request";
import { searchHref, toSearchParams } from "@/lib/search/search-url";
import { recommendationsForGaps, type GapRecommendation } from "@/lib/working-groups/gap-recommendations";

// What the atlas page (and a working group's space) shows for one choice of filters, decided here so the route
// only renders: the coverage, the mapped figure and its classes, each municipality's row with the change since
// the last conference, the gaps that recommendations cite, and for admins and moderators the unmet searches.

export const atlasSortColumns = ["name", "population", "offers", "per10k", "change"] as const;
export type AtlasSortColumn = (typeof atlasSortColumns)[number];
export type AtlasSort = { by: AtlasSortColumn; order: "asc" | "desc" };

/** The table's order from the query string (`by`, `order`); anything else is the default: thinnest first. */
export const AtlasSortSchema = z.object({
  by: z.enum(atlasSortColumns).catch("per10k"),
  order: z.enum(["asc", "desc"]).catch("asc"),
});

export type AtlasRow = {
  slug: string;
  name: string;
  population: number;
  populationDate: string;
  populationSource: string;
  offers: number;
  per10k: number | null;
  classIndex: number;
  /** Offers now minus offers at the compared snapshot; null without one or for filters it did not keep. */
  change: number | null;
  /** The results page for this municipality with the same filters. */
  searchHref: string;
  /** How many recommendations cite a gap here (for the mapped topic/language); titles only in `recommendations`. */
  recommendationCount: number;
  topics: Record<string, CoverageFigure>;
  languages: Record<string, CoverageFigure>;
};

export type AtlasView = {
  coverage: Pick<Coverage, "generatedAt" | "filters" | "totals">;
  key: MappedFigureKey;
  classes: CoverageClass[];
  rows: AtlasRow[];
  sort: AtlasSort;
  comparison: { month: string; conference: { title: string; startsAt: string } | null } | null;
  /** The recommendations citing the gaps shown, those the reader may read (lib/working-groups/gap-recommendations). */
  recommendations: GapRecommendation[];
  /** Unmet searches of the mapped topic (or all), null for readers who may not see them. */
  unmetSearches: UnmetSearch[] | null;
};

/** The mapped figure's offer count of a stored coverage for one municipality; null when it was not kept. */
function storedOffers(stored: StoredCoverage, slug: string, key: MappedFigureKey): number | null {
  const municipality = stored.municipalities.find((m) => m.slug === slug);
  if (!municipality) return null;
  if (key.kind === "all") return municipality.offers;
  return (key.kind === "topic" ? municipality.topics[key.slug] : municipality.languages[key.code])?.offers ?? null;
}

/**
 * Public counts of the recommendations citing a gap, per municipality, for the mapped topic or language: that a
 * working group answered a gap is shown to everyone; what it recommends only to those who may read the group.
 */
async function recommendationCounts(key: MappedFigureKey): Promise<Map<string, number>> {
  const groups = await prisma.recommendation.groupBy({
    by: ["gapMunicipality"],
    where: {
      gapMunicipality: { not: null },
      ...(key.kind === "topic" ? { gapTopic: key.slug } : {}),
      ...(key.kind === "language" ? { gapLanguage: key.code } : {}),
    },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.gapMunicipality!, g._count._all]));
}

const compareRows = (by: AtlasSortColumn) => (a: AtlasRow, b: AtlasRow) => {
  if (by === "name") return a.name.localeCompare(b.name, "de");
  // Missing figures go last in either order (see sortRows).
  return (a[by] ?? 0) - (b[by] ?? 0) || a.name.localeCompare(b.name, "de");
};

export function sortRows(rows: AtlasRow[], sort: AtlasSort): AtlasRow[] {
  const known = rows.filter((row) => sort.by === "name" || row[sort.by] !== null);
  const unknown = rows.filter((row) => !known.includes(row));
  const sorted = [...known].sort(compareRows(sort.by));
  return [...(sort.order === "desc" ? sorted.reverse() : sorted), ...unknown];
}

/** Everything the atlas shows for a search request's filters, for this reader. */
export async function loadAtlas(
  request: SearchRequest,
  actor: Actor | null,
  sort: AtlasSort,
  now = new Date(),
): Promise<AtlasView> {
  const coverage = await measureCoverage(request, { now });
  const { key, classes, municipalities } = classifyCoverage(coverage);
  const byTopic = key.kind === "topic" ? key.slug : undefined;
  const byLanguage = key.kind === "language" ? key.code : undefined;
  // A snapshot holds the county without filters: it compares only with the unfiltered figures it kept.
  const comparable =
    request.text === "" &&
    request.filters.audience.length === 0 &&
    !request.filters.isFree &&
    request.filters.topic.length <= (key.kind === "topic" ? 1 : 0) &&
    request.filters.language.length <= (key.kind === "language" ? 1 : 0);
  const [comparison, counts, recommendations, unmetSearches] = await Promise.all([
    comparable ? comparisonSnapshot(now) : Promise.resolve(null),
    recommendationCounts(key),
    recommendationsForGaps(actor, { topic: byTopic, language: byLanguage }),
    unmetSearchesFor(actor, { topic: byTopic }, now),
  ]);
  const rows = municipalities.map((classified, i): AtlasRow => {
    const municipality = coverage.municipalities[i]!;
    const before = comparison ? storedOffers(comparison.coverage, municipality.slug, key) : null;
    return {
      slug: municipality.slug,
      name: municipality.name,
      population: municipality.population,
      populationDate: municipality.populationDate,
      populationSource: municipality.populationSource,
      offers: classified.offers,
      per10k: classified.value,
      classIndex: classified.classIndex,
      change: before === null ? null : classified.offers - before,
      searchHref: searchHref(request.locale, {
        ...request,
        filters: { ...request.filters, municipality: [municipality.slug], near: null, bbox: null },
        page: 1,
        sort: "relevance",
      }),
      recommendationCount: counts.get(municipality.slug) ?? 0,
      topics: municipality.topics,
      languages: municipality.languages,
    };
  });
  // Without a snapshot there is no change column to sort by.
  const applied: AtlasSort = sort.by === "change" && !comparison ? { by: "per10k", order: "asc" } : sort;
  return {
    coverage: { generatedAt: coverage.generatedAt, filters: coverage.filters, totals: coverage.totals },
    key,
    classes,
    rows: sortRows(rows, applied),
    sort: applied,
    comparison: comparison ? { month: comparison.month, conference: comparison.conference } : null,
    recommendations,
    unmetSearches,
  };
}

/** The atlas's query string for a request's filters and a table order (defaults left out). */
export function atlasQuery(request: SearchRequest, sort?: AtlasSort): URLSearchParams {
  const params = toSearchParams({
    ...request,
    filters: { ...request.filters, municipality: [], near: null, bbox: null },
    page: 1,
    perPage: 20,
    sort: "relevance",
  });
  if (sort && (sort.by !== "per10k" || sort.order !== "asc")) {
    params.set("by", sort.by);
    params.set("order", sort.order);
  }
  return params;
}

/** The atlas page (or a download: "/api/v1/coverage.csv") for the same filters, in the request's locale. */
export function atlasHref(path: string, request: SearchRequest, sort?: AtlasSort): string {
  const params = atlasQuery(request, sort);
  if (path.startsWith("/api/")) params.set("locale", request.locale);
  const query = params.toString();
  return `${path}${query ? `?${query}` : ""}`;
}
