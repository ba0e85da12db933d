import { facetNames, type FacetName } from "@/lib/search/offer-search-index";
import type { SearchRequest } from "@/lib/search/search-request";

// The results page keeps its whole state in the URL: these build the query strings of its links.

/** The canonical query string of a search (defaults left out, so URLs stay short and shareable). */
export function toSearchParams(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (request.text) params.set("q", request.text);
  for (const facet of facetNames) for (const value of request.filters[facet]) params.append(facet, value);
  if (request.filters.isFree) params.set("free", "true");
  if (request.filters.near) {
    params.set("near", `${request.filters.near.lat},${request.filters.near.lng}`);
    if (request.filters.near.radiusKm !== 10) params.set("radius", String(request.filters.near.radiusKm));
  }
  if (request.filters.bbox) {
    const { west, south, east, north } = request.filters.bbox;
    params.set("bbox", [west, south, east, north].join(","));
  }
  if (request.sort !== "relevance") params.set("sort", request.sort);
  if (request.page > 1) params.set("page", String(request.page));
  if (request.perPage !== 20) params.set("perPage", String(request.perPage));
  return params;
}

export function searchHref(locale: string, request: SearchRequest): string {
  const query = toSearchParams(request).toString();
  return `/${locale}/angebote${query ? `?${query}` : ""}`;
}

/** The same search on the full-screen map page (which has no paging or order). */
export function mapHref(locale: string, request: SearchRequest): string {
  const query = toSearchParams({ ...request, page: 1, perPage: 20, sort: "relevance" }).toString();
  return `/${locale}/karte${query ? `?${query}` : ""}`;
}

/**
 * The map's points for a search: its text, filters and locale only, so paging or re-sorting the list keeps the
 * same URL and the map is left alone.
 */
export function mapPointsHref(request: SearchRequest): string {
  const params = toSearchParams({ ...request, page: 1, perPage: 20, sort: "relevance" });
  params.set("locale", request.locale);
  return `/api/v1/search/points?${params.toString()}`;
}

/** The same search without one facet value (or the free, place or area filter), back on page 1. */
export function withoutFilter(
  request: SearchRequest,
  filter: FacetName | "free" | "near" | "bbox",
  value?: string,
): SearchRequest {
  const filters = { ...request.filters };
  if (filter === "free") filters.isFree = false;
  else if (filter === "near") filters.near = null;
  else if (filter === "bbox") filters.bbox = null;
  else filters[filter] = filters[filter].filter((v) => v !== value);
  return {
    ...request,
    filters,
    page: 1,
    sort: filter === "near" && request.sort === "distance" ? "relevance" : request.sort,
  };
}

export function withoutAllFilters(request: SearchRequest): SearchRequest {
  return {
    ...request,
    page: 1,
    sort: request.sort === "distance" ? "relevance" : request.sort,
    filters: { municipality: [], topic: [], language: [], audience: [], isFree: false, near: null, bbox: null },
  };
}

/** How many filters are active: each facet value, free, a point and an area count once ("Filter (n)"). */
export function activeFilterCount(request: SearchRequest): number {
  const { filters } = request;
  return (
    facetNames.reduce((sum, facet) => sum + filters[facet].length, 0) +
    [filters.isFree, filters.near, filters.bbox].filter(Boolean).length
  );
}

export function hasFilters(request: SearchRequest): boolean {
  return activeFilterCount(request) > 0;
}

/** The same search without its point or map area (for choosing a new place), back on page 1. */
export function withoutPlace(request: SearchRequest): SearchRequest {
  return withoutFilter(withoutFilter(request, "near"), "bbox");
}
