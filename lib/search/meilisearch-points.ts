import type { MultiSearchQuery, MultiSearchResult } from "meilisearch";
import {
  searchPointOf,
  type OfferPointsQuery,
  type OfferSearchDocument,
  type OfferSearchPoints,
} from "@/lib/search/offer-search-index";
import { toMeilisearchRequests } from "@/lib/search/meilisearch-requests";

// The map's request: the main search request of the same query (text, expansions, filters), unsorted and
// unfaceted, returning only what a marker needs, up to `limit` hits in one page.

type PointFields = Pick<OfferSearchDocument, "id" | "slug" | "title" | "translations" | "organisation" | "location">;

export function toMeilisearchPointsRequest(query: OfferPointsQuery, limit: number, now: Date): MultiSearchQuery {
  const [main] = toMeilisearchRequests({ ...query, sort: "updated", page: 1, perPage: limit }, now);
  return {
    ...main!,
    facets: [],
    sort: undefined,
    hitsPerPage: limit,
    page: 1,
    // Nested fields: the document's summary, text and translated summaries stay on the server.
    attributesToRetrieve: [
      "document.id",
      "document.slug",
      "document.title",
      "document.translations",
      "document.organisation",
      "document.location",
    ],
  };
}

export function fromMeilisearchPointsResult(result: MultiSearchResult<Record<string, unknown>>): OfferSearchPoints {
  const points: OfferSearchPoints["points"] = [];
  for (const hit of result.hits) {
    const point = searchPointOf(hit.document as PointFields);
    if (point) points.push(point);
  }
  return { total: result.totalHits ?? result.estimatedTotalHits ?? 0, points };
}
