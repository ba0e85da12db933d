import { effectiveAvailability, isStale } from "@/lib/offers/freshness";
import { type Availability } from "@/lib/offers/availability";
import { getOfferSearchIndex } from "@/lib/search/get-offer-search-index";
import type { OfferSearchPoints, OfferSearchResult } from "@/lib/search/offer-search-index";
import type { SearchRequest } from "@/lib/search/search-request";
import { analyzeQuery, highlightText, type HighlightSegment } from "@/lib/search/text-analysis";

export type SearchHit = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  textLocale: string; // the reader's locale when translated, else "de"
  url: string;
  organisation: { id: string; slug: string; name: string };
  municipalities: string[];
  isCountyWide: boolean;
  topics: string[];
  languages: string[];
  audiences: string[];
  free: boolean;
  location: { lat: number; lng: number } | null;
  distanceKm?: number;
  updatedAt: string;
  lastConfirmedAt: string;
  isStale: boolean;
  availability: Availability;
  highlight: { title: HighlightSegment[]; summary: HighlightSegment[] };
};

export type SearchResponse = {
  total: number;
  page: number;
  perPage: number;
  engine: "embedded" | "meilisearch";
  tookMs: number;
  hits: SearchHit[];
  facets: OfferSearchResult["facets"];
};

/** Runs a validated search and shapes self-contained hits in the reader's locale (German as the fallback). */
export async function searchOffers(request: SearchRequest): Promise<SearchResponse> {
  const index = await getOfferSearchIndex();
  const started = performance.now();
  const now = new Date();
  const result = await index.search({ ...request, now });
  const tookMs = Math.round((performance.now() - started) * 10) / 10;
  const queryTokens = analyzeQuery(request.text);
  return {
    total: result.total,
    page: request.page,
    perPage: request.perPage,
    engine: index.engine,
    tookMs,
    facets: result.facets,
    hits: result.hits.map(({ document, distanceKm }) => {
      const translation = request.locale === "de" ? undefined : document.translations[request.locale];
      const title = translation?.title ?? document.title;
      const summary = translation?.summary ?? document.summary;
      return {
        id: document.id,
        slug: document.slug,
        title,
        summary,
        textLocale: translation ? request.locale : "de",
        url: `/${request.locale}/angebote/${document.slug}`,
        organisation: document.organisation,
        municipalities: document.municipalities,
        isCountyWide: document.isCountyWide,
        topics: document.topics,
        languages: document.languages,
        audiences: document.audiences,
        free: document.isFree,
        location: document.location,
        ...(distanceKm !== null ? { distanceKm: Math.round(distanceKm * 100) / 100 } : {}),
        updatedAt: document.updatedAt,
        lastConfirmedAt: document.lastConfirmedAt,
        isStale: isStale(new Date(document.lastConfirmedAt), now),
        availability: effectiveAvailability(
          document.availability,
          document.availabilitySetAt ? new Date(document.availabilitySetAt) : null,
          now,
        ),
        highlight: { title: highlightText(title, queryTokens), summary: highlightText(summary, queryTokens) },
      };
    }),
  };
}

/** At most this many markers: the whole result up to a county's size many times over (bench:map). */
export const MAX_MAP_POINTS = 20_000;

/**
 * Every located match of a search for the map, compact: organisations once, each point as
 * [lat, lng, slug, title, organisation index], titles in the reader's locale (German as the fallback).
 */
export type MapPointsResponse = {
  total: number; // matches, located or not: the number the list shows
  located: number; // matches on the map (can be fewer than points would allow only when capped)
  capped: boolean;
  organisations: string[];
  points: [lat: number, lng: number, slug: string, title: string, organisation: number][];
};

export async function searchMapPoints(request: SearchRequest): Promise<MapPointsResponse> {
  const index = await getOfferSearchIndex();
  const result = await index.points({ text: request.text, filters: request.filters, now: new Date() }, MAX_MAP_POINTS);
  return toMapPoints(result, request.locale);
}

export function toMapPoints({ total, points }: OfferSearchPoints, locale: string): MapPointsResponse {
  const organisationIndex = new Map<string, number>();
  const organisations: string[] = [];
  return {
    total,
    located: points.length,
    capped: points.length === MAX_MAP_POINTS,
    organisations,
    points: points.map((point) => {
      let organisation = organisationIndex.get(point.organisation.id);
      if (organisation === undefined) {
        organisation = organisations.push(point.organisation.name) - 1;
        organisationIndex.set(point.organisation.id, organisation);
      }
      const title = (locale === "de" ? undefined : point.titles[locale]) ?? point.title;
      return [point.location.lat, point.location.lng, point.slug, title, organisation];
    }),
  };
}
