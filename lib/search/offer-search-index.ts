// The search port. Nothing outside lib/search knows which engine runs (docs/decisions/002-search-port.md).
export type LocalizedText = { title: string; summary: string };

/** One offer as the search engines store it: self-contained, so a hit needs no database read. */
export type OfferSearchDocument = {
  id: string;
  slug: string;
  title: string; // German source
  summary: string;
  /** Everything else that should be findable, in any language: description, translations, names. */
  text: string;
  translations: Record<string, LocalizedText>;
  organisation: { id: string; slug: string; name: string };
  municipalities: string[]; // slugs served; every municipality of the region when county-wide
  isCountyWide: boolean;
  topics: string[];
  languages: string[];
  audiences: string[];
  isFree: boolean;
  location: { lat: number; lng: number } | null;
  availability: string;
  availabilitySetAt: string | null; // ISO
  updatedAt: string; // ISO
  lastConfirmedAt: string; // ISO
  validUntil: string | null; // ISO; past it the offer is no longer public, so searches leave it out
};

export const facetNames = ["municipality", "topic", "language", "audience"] as const;
export type FacetName = (typeof facetNames)[number];

export type OfferSearchFilters = {
  municipality: string[];
  topic: string[];
  language: string[];
  audience: string[];
  isFree: boolean;
  near: { lat: number; lng: number; radiusKm: number } | null;
  bbox: { west: number; south: number; east: number; north: number } | null;
};

export type OfferSearchQuery = {
  text: string;
  filters: OfferSearchFilters;
  sort: "relevance" | "distance" | "updated";
  page: number; // from 1
  perPage: number;
  now?: Date; // for freshness ranking; defaults to the current time
};

export type OfferSearchHit = { document: OfferSearchDocument; distanceKm: number | null };

export type OfferSearchResult = {
  total: number;
  hits: OfferSearchHit[];
  /** Disjunctive counts: each facet applies every active filter except its own. */
  facets: Record<FacetName, Record<string, number>>;
};

/** What the map needs of one located match: no summary, no text. */
export type OfferSearchPoint = Pick<OfferSearchDocument, "id" | "slug" | "title" | "organisation"> & {
  titles: Record<string, string>; // translated titles by locale
  location: { lat: number; lng: number };
};

/** Every located match of a query, unpaged and unordered: the map shows the whole result, not one page. */
export type OfferSearchPoints = { total: number; points: OfferSearchPoint[] };

/** A located document as a point (null without a place); both engines answer points through this. */
export function searchPointOf(
  document: Pick<OfferSearchDocument, "id" | "slug" | "title" | "translations" | "organisation" | "location">,
): OfferSearchPoint | null {
  if (!document.location) return null;
  return {
    id: document.id,
    slug: document.slug,
    title: document.title,
    titles: Object.fromEntries(Object.entries(document.translations).map(([locale, t]) => [locale, t.title])),
    organisation: document.organisation,
    location: document.location,
  };
}

export type OfferPointsQuery = Pick<OfferSearchQuery, "text" | "filters" | "now">;

export interface OfferSearchIndex {
  readonly engine: "embedded" | "meilisearch";
  /** Adds or replaces documents; resolves once they are searchable (read-your-writes). */
  upsert(documents: OfferSearchDocument[]): Promise<void>;
  remove(offerIds: string[]): Promise<void>;
  /** Replaces the whole content (used by the full reindex). */
  replaceAll(documents: OfferSearchDocument[]): Promise<void>;
  count(): Promise<number>;
  search(query: OfferSearchQuery): Promise<OfferSearchResult>;
  /** The located matches of the same text and filters as search(), at most `limit` of them. */
  points(query: OfferPointsQuery, limit: number): Promise<OfferSearchPoints>;
}
