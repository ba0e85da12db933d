import { distanceKm } from "@/lib/geo/distance";
import { env } from "@/lib/env";
import { DAY_MS } from "@/lib/offers/freshness";
import {
  facetNames,
  type FacetName,
  type OfferSearchDocument,
  type OfferSearchQuery,
} from "@/lib/search/offer-search-index";
import { availabilityRank, freshnessRankAt, relevanceStep } from "@/lib/search/ranking";
import { tokenLookups } from "@/lib/search/text-analysis";

// The query side of the embedded engine (ADR 007). Orama keeps the text index (its radix trees find the
// words a query token matches, by prefix and with typos); everything per document — filters, disjunctive
// facet counts, ranking — runs over typed-array columns built once per index generation, because visiting
// tens of thousands of JavaScript objects per search is what made large result sets slow.

export type FacetProperty = "municipalities" | "topics" | "languages" | "audiences";
export const facetProperty: Record<FacetName, FacetProperty> = {
  municipality: "municipalities",
  topic: "topics",
  language: "languages",
  audience: "audiences",
};

/** What the embedded index stores per offer (indexed fields plus the self-contained document). */
export type IndexedOffer = {
  id: string;
  title: string;
  text: string;
  municipalities: string[];
  topics: string[];
  languages: string[];
  audiences: string[];
  isFree: boolean;
  location?: { lat: number; lon: number };
  lastConfirmedAtMs: number;
  updatedAtMs: number;
  validUntilMs: number;
  availabilitySetAtMs: number | null;
  document: OfferSearchDocument;
};

type FacetColumn = { offsets: Uint32Array; codes: Uint16Array; values: string[]; codeOf: Map<string, number> };

export type Columns = {
  size: number; // highest internal id + 1
  present: Uint8Array;
  validUntil: Float64Array;
  lastConfirmed: Float64Array;
  updatedAt: Float64Array;
  availabilitySetAt: Float64Array; // NaN when never set
  availability: Uint8Array; // 0 full … 4 free places
  isFree: Uint8Array;
  lat: Float64Array; // NaN without a location
  lng: Float64Array;
  facets: Record<FacetProperty, FacetColumn>;
  /** All present ids, most recently confirmed first. */
  byFreshness: Uint32Array;
};

const availabilityCode = availabilityRank;

export function buildColumns(offers: Record<number, IndexedOffer>): Columns {
  const ids = Object.keys(offers).map(Number);
  const size = ids.reduce((max, id) => Math.max(max, id), 0) + 1;
  const columns: Columns = {
    size,
    present: new Uint8Array(size),
    validUntil: new Float64Array(size),
    lastConfirmed: new Float64Array(size),
    updatedAt: new Float64Array(size),
    availabilitySetAt: new Float64Array(size).fill(Number.NaN),
    availability: new Uint8Array(size),
    isFree: new Uint8Array(size),
    lat: new Float64Array(size).fill(Number.NaN),
    lng: new Float64Array(size).fill(Number.NaN),
    facets: {} as Columns["facets"],
    byFreshness: new Uint32Array(0),
  };
  for (const id of ids) {
    const offer = offers[id]!;
    columns.present[id] = 1;
    columns.validUntil[id] = offer.validUntilMs;
    columns.lastConfirmed[id] = offer.lastConfirmedAtMs;
    columns.updatedAt[id] = offer.updatedAtMs;
    if (offer.availabilitySetAtMs !== null) columns.availabilitySetAt[id] = offer.availabilitySetAtMs;
    columns.availability[id] = availabilityCode[offer.document.availability] ?? availabilityCode.unknown!;
    columns.isFree[id] = offer.isFree ? 1 : 0;
    if (offer.location) {
      columns.lat[id] = offer.location.lat;
      columns.lng[id] = offer.location.lon;
    }
  }
  for (const property of ["municipalities", "topics", "languages", "audiences"] as const) {
    const offsets = new Uint32Array(size + 1);
    let total = 0;
    for (let id = 0; id < size; id++) {
      offsets[id] = total;
      total += columns.present[id] ? offers[id]![property].length : 0;
    }
    offsets[size] = total;
    const codes = new Uint16Array(total);
    const values: string[] = [];
    const codeOf = new Map<string, number>();
    for (const id of ids) {
      let position = offsets[id]!;
      for (const value of offers[id]![property]) {
        let code = codeOf.get(value);
        if (code === undefined) {
          code = values.push(value) - 1;
          codeOf.set(value, code);
        }
        codes[position++] = code;
      }
    }
    columns.facets[property] = { offsets, codes, values, codeOf };
  }
  columns.byFreshness = Uint32Array.from(ids).sort(
    (a, b) => columns.lastConfirmed[b]! - columns.lastConfirmed[a]! || a - b,
  );
  return columns;
}

/** The index words a token matches, each with the ids of the documents that contain it. */
export type WordPostings = { size: number; ids: Iterable<number> }[];

/** Finds the postings a token matches in the title and in the text. */
export type WordFinder = (token: string, tolerance: number) => [WordPostings, WordPostings];

/** The part of Orama's radix tree node that prefix collection reads. */
export type RadixNode = { s: string; e: boolean; d: Set<number>; c: Map<string, RadixNode> };

/**
 * Every word starting with `prefix`, with its documents. Orama's own lookup merges document lists with
 * `Array.includes`, quadratic in their length, which took hundreds of milliseconds for a common prefix at
 * 100,000 offers; this walks the same tree and hands out its sets as they are.
 */
export function collectPrefix(root: RadixNode, prefix: string): WordPostings {
  let node: RadixNode | undefined = root;
  let i = 0;
  while (node && i < prefix.length) {
    const child: RadixNode | undefined = node.c.get(prefix[i]!);
    if (!child) return [];
    let j = 0;
    while (j < child.s.length && i + j < prefix.length && child.s[j] === prefix[i + j]) j++;
    if (j < child.s.length && i + j < prefix.length) return []; // diverges inside the edge
    node = child;
    i += j;
  }
  const postings: WordPostings = [];
  const stack: RadixNode[] = node ? [node] : [];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.e && current.d.size > 0) postings.push({ size: current.d.size, ids: current.d });
    for (const child of current.c.values()) stack.push(child);
  }
  return postings;
}

export type TextMatch = { ids: number[]; scores: Float64Array };

/**
 * Documents matching every token, with a score: the sum over matched index words of their inverse document
 * frequency, doubled in the title. A token matches a document when any of its lookups (`tokenLookups`: its
 * stem by prefix, the German words of the concept it names, and with `withTypos` the stem within the typos
 * its length allows and the stems of the typed word's one-typo variants) finds one of the document's index
 * words. `null` for a query without words.
 */
export function matchTokens(
  find: WordFinder,
  tokens: string[],
  withTypos: boolean,
  columns: Columns,
  documentCount: number,
): TextMatch | null {
  if (tokens.length === 0) return null;
  const scores = new Float64Array(columns.size);
  const matchedTokens = new Uint8Array(columns.size);
  let candidates: number[] | null = null;
  for (const [t, token] of tokens.entries()) {
    const touched: number[] = [];
    // Lookups of one token overlap ("berat" and "beratung" find the same word): each word counts once.
    const lookups = tokenLookups(token, withTypos);
    const seen = lookups.length > 1 ? new Set<Iterable<number>>() : null;
    for (const { term, tolerance } of lookups) {
      const [title, text] = find(term, tolerance);
      for (const [words, boost] of [
        [title, 2],
        [text, 1],
      ] as const) {
        for (const { size, ids } of words) {
          if (seen) {
            if (seen.has(ids)) continue;
            seen.add(ids);
          }
          const idf = Math.log(1 + (documentCount - size + 0.5) / (size + 0.5));
          for (const id of ids) {
            if (matchedTokens[id] !== t && matchedTokens[id] !== t + 1) continue; // missed an earlier token
            if (matchedTokens[id] === t) {
              matchedTokens[id] = t + 1;
              touched.push(id);
            }
            scores[id]! += idf * boost;
          }
        }
      }
    }
    candidates = touched;
    if (touched.length === 0) break;
  }
  return { ids: candidates ?? [], scores };
}

export type QueryOutcome = {
  total: number;
  pageIds: number[];
  facets: Record<FacetName, Record<string, number>>;
  distances: Map<number, number>;
};

/**
 * Filters, counts facets disjunctively and ranks in one pass over the candidates: each candidate gets a
 * mask of the filters it fails; it is a result when the mask is empty, and counts for facet F when nothing
 * but F's own filter fails.
 */
export function runQuery(columns: Columns, text: TextMatch | null, query: OfferSearchQuery, now: Date): QueryOutcome {
  const { filters } = query;
  const nowMs = now.getTime();
  const selected = facetNames.map((facet) => {
    const column = columns.facets[facetProperty[facet]];
    const wanted = new Uint8Array(Math.max(1, column.values.length));
    for (const value of filters[facet]) {
      const code = column.codeOf.get(value);
      if (code !== undefined) wanted[code] = 1;
    }
    return { facet, column, wanted, isActive: filters[facet].length > 0 };
  });
  const counts = selected.map(({ column }) => new Uint32Array(Math.max(1, column.values.length)));
  const near = filters.near;
  const bbox = filters.bbox;
  const distances = new Map<number, number>();
  const matched: number[] = [];

  const source = text ? text.ids : columns.byFreshness;
  for (let i = 0; i < source.length; i++) {
    const id = source[i]!;
    if (!columns.present[id] || columns.validUntil[id]! < nowMs) continue;
    let otherFails = 0; // filters other than facets
    if (filters.isFree && !columns.isFree[id]) otherFails++;
    if (near || bbox) {
      const lat = columns.lat[id]!;
      const lng = columns.lng[id]!;
      if (Number.isNaN(lat)) otherFails++;
      else {
        if (bbox && (lat < bbox.south || lat > bbox.north || lng < bbox.west || lng > bbox.east)) otherFails++;
        if (near) {
          const distance = distanceKm(near, { lat, lng });
          if (distance > near.radiusKm) otherFails++;
          else distances.set(id, distance);
        }
      }
    }
    if (otherFails > 0) continue;
    let failMask = 0;
    for (let f = 0; f < selected.length; f++) {
      const { column, wanted, isActive } = selected[f]!;
      if (!isActive) continue;
      let hit = false;
      for (let j = column.offsets[id]!; j < column.offsets[id + 1]!; j++) {
        if (wanted[column.codes[j]!]) {
          hit = true;
          break;
        }
      }
      if (!hit) failMask |= 1 << f;
    }
    if (failMask === 0) matched.push(id);
    for (let f = 0; f < selected.length; f++) {
      if ((failMask & ~(1 << f)) !== 0) continue;
      const { column } = selected[f]!;
      const target = counts[f]!;
      for (let j = column.offsets[id]!; j < column.offsets[id + 1]!; j++) target[column.codes[j]!]! += 1;
    }
  }

  const facets = {} as QueryOutcome["facets"];
  selected.forEach(({ facet, column }, f) => {
    const values: Record<string, number> = {};
    column.values.forEach((value, code) => {
      if (counts[f]![code]) values[value] = counts[f]![code]!;
    });
    facets[facet] = values;
  });

  const start = (query.page - 1) * query.perPage;
  const pageIds = topK(
    matched,
    rankKey(columns, text, query, now, distances),
    start + query.perPage,
    columns.size,
  ).slice(start);
  return { total: matched.length, pageIds, facets, distances };
}

/** A single number per document that orders results, higher first. */
function rankKey(
  columns: Columns,
  text: TextMatch | null,
  query: OfferSearchQuery,
  now: Date,
  distances: Map<number, number>,
): (id: number) => number {
  const nowMs = now.getTime();
  if (query.sort === "distance" && query.filters.near) return (id) => -(distances.get(id) ?? Infinity);
  if (query.sort === "updated") return (id) => columns.updatedAt[id]!;
  if (!text) return (id) => columns.lastConfirmed[id]!;
  const availabilityValidAfter = nowMs - env.AVAILABILITY_VALID_DAYS * DAY_MS;
  return (id) => {
    const step = Math.max(-200, relevanceStep(text.scores[id]!));
    const fresh = freshnessRankAt(columns.lastConfirmed[id]!, now);
    const setAt = columns.availabilitySetAt[id]!;
    const availability =
      !Number.isNaN(setAt) && setAt >= availabilityValidAfter ? columns.availability[id]! : availabilityCode.unknown!;
    const days = Math.floor(columns.lastConfirmed[id]! / DAY_MS); // ≈ 20,000 today; fits below 1e5
    return (((step + 400) * 2 + fresh) * 5 + availability) * 1e5 + days;
  };
}

/** The first `k` ids by descending key (ties by ascending id); a full sort only when k is large. */
function topK(ids: number[], key: (id: number) => number, k: number, size: number): number[] {
  const keys = new Float64Array(size);
  for (const id of ids) keys[id] = key(id);
  const compare = (a: number, b: number) => keys[b]! - keys[a]! || a - b;
  if (k >= ids.length / 4) return ids.slice().sort(compare).slice(0, k);
  // Keep the best k in a sorted buffer; each new id beats the worst or is skipped.
  const best: number[] = [];
  for (const id of ids) {
    if (best.length === k && compare(id, best[k - 1]!) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(best[middle]!, id) <= 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, id);
    if (best.length > k) best.pop();
  }
  return best;
}
