import {
  count,
  create,
  getByID,
  insertMultiple,
  load,
  removeMultiple,
  save,
  type Orama,
  type RawData,
  type Tokenizer,
} from "@orama/orama";
import { distanceKm } from "@/lib/geo/distance";
import {
  facetNames,
  type FacetName,
  type OfferSearchDocument,
  type OfferSearchFilters,
  type OfferSearchIndex,
  type OfferSearchQuery,
  type OfferSearchResult,
} from "@/lib/search/offer-search-index";
import { compareByRank } from "@/lib/search/ranking";
import { analyzeForIndex, analyzeQuery, typosAllowed } from "@/lib/search/text-analysis";

// The embedded engine: Orama in this process, with our German analysis as its tokenizer (stems, compound
// parts and synonyms at index time; stemmed query words matched by prefix with typo tolerance).

const schema = {
  id: "string",
  title: "string",
  text: "string",
  municipalities: "enum[]",
  topics: "enum[]",
  languages: "enum[]",
  audiences: "enum[]",
  isFree: "boolean",
  location: "geopoint",
  lastConfirmedAtMs: "number",
  updatedAtMs: "number",
  validUntilMs: "number",
} as const;

type IndexedOffer = {
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
  document: OfferSearchDocument; // stored, not indexed: hits are self-contained
};

type OfferOrama = Orama<typeof schema>;

/** Index fields: tokens for text properties, the query's own analysis for the search term. */
const tokenizer: Tokenizer = {
  language: "german",
  normalizationCache: new Map(),
  tokenize: (raw, _language, property) => (property ? analyzeForIndex(raw) : analyzeQuery(raw)),
};

const facetProperty: Record<FacetName, "municipalities" | "topics" | "languages" | "audiences"> = {
  municipality: "municipalities",
  topic: "topics",
  language: "languages",
  audience: "audiences",
};

function toIndexedOffer(document: OfferSearchDocument): IndexedOffer {
  return {
    id: document.id,
    title: [document.title, ...Object.values(document.translations).map((t) => t.title)].join("\n"),
    text: [document.summary, document.text].join("\n"),
    municipalities: document.municipalities,
    topics: document.topics,
    languages: document.languages,
    audiences: document.audiences,
    isFree: document.isFree,
    ...(document.location ? { location: { lat: document.location.lat, lon: document.location.lng } } : {}),
    lastConfirmedAtMs: Date.parse(document.lastConfirmedAt),
    updatedAtMs: Date.parse(document.updatedAt),
    validUntilMs: document.validUntil ? Date.parse(document.validUntil) : Number.MAX_SAFE_INTEGER,
    document,
  };
}

type Where = Record<string, unknown>;

/** The part of Orama's index component this adapter uses (see the comment on searchNow). */
type OramaIndexComponent = {
  search(
    index: unknown,
    term: string,
    tokenizer: Tokenizer,
    language: undefined,
    properties: string[],
    exact: boolean,
    tolerance: number,
    boost: Record<string, number>,
    relevance: { k: number; b: number; d: number },
    docsCount: number,
    whereFiltersIDs: undefined,
    threshold: number,
  ): [number, number][];
  searchByWhereClause(index: unknown, tokenizer: Tokenizer, filters: Where, language: undefined): Set<number>;
};

const BM25 = { k: 1.2, b: 0.75, d: 0.5 };

/** Query words arrive analysed already; the per-word lookup must not analyse them again. */
const wordTokenizer: Tokenizer = { language: "german", normalizationCache: new Map(), tokenize: (raw) => [raw] };

/** Ids present in every set, smallest set first; every id when there is no set. */
function intersect(sets: Set<number>[]): number[] {
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return [];
  return [...smallest].filter((id) => others.every((set) => set.has(id)));
}

export class EmbeddedOfferIndex implements OfferSearchIndex {
  readonly engine = "embedded" as const;
  private db: OfferOrama = EmbeddedOfferIndex.createDatabase();

  private static createDatabase(): OfferOrama {
    return create({ schema, components: { tokenizer } });
  }

  async upsert(documents: OfferSearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.remove(documents.map((d) => d.id));
    await insertMultiple(this.db, documents.map(toIndexedOffer) as never, 1_000);
  }

  async remove(offerIds: string[]): Promise<void> {
    const present = offerIds.filter((id) => this.has(id));
    if (present.length > 0) await removeMultiple(this.db, present);
  }

  async replaceAll(documents: OfferSearchDocument[]): Promise<void> {
    this.db = EmbeddedOfferIndex.createDatabase();
    await this.upsert(documents);
  }

  count(): Promise<number> {
    return Promise.resolve(count(this.db));
  }

  /** The index as plain data, for the snapshot on disk. */
  exportSnapshot(): RawData {
    return save(this.db);
  }

  importSnapshot(raw: RawData): void {
    const db = EmbeddedOfferIndex.createDatabase();
    load(db, raw);
    this.db = db;
  }

  private has(id: string): boolean {
    return getByID(this.db, id) !== undefined;
  }

  search(query: OfferSearchQuery): Promise<OfferSearchResult> {
    return Promise.resolve(this.searchNow(query));
  }

  // Orama's own search counts a document as matching every word when a property matched as many index tokens
  // as the query has words, which our stems, compound parts and synonyms inflate. So the pipeline is ours,
  // built on Orama's index: each query word is looked up on its own (prefix, typos by its length), the
  // matches are intersected (every word must match), and filters, disjunctive facets, ranking and paging
  // work on internal document ids.
  private searchNow(query: OfferSearchQuery): OfferSearchResult {
    const now = query.now ?? new Date();
    const { filters } = query;
    const textScores = this.matchWords(analyzeQuery(query.text));
    const filterSets = this.filterSets(filters, now);

    const all = (except?: FacetName) =>
      intersect([
        ...(textScores ? [new Set(textScores.keys())] : []),
        ...Object.entries(filterSets)
          .filter(([name]) => name !== except)
          .map(([, ids]) => ids),
      ]);
    const matched = all();

    const facets = Object.fromEntries(facetNames.map((facet) => [facet, {}])) as OfferSearchResult["facets"];
    for (const facet of facetNames) {
      // Disjunctive counts: a facet with a selection is counted without its own filter, so choices can widen.
      facets[facet] = this.countValues(filters[facet].length > 0 ? all(facet) : matched, facetProperty[facet]);
    }

    const ranked = this.rank(matched, textScores, query, now);
    const start = (query.page - 1) * query.perPage;
    return {
      total: ranked.length,
      facets,
      hits: ranked.slice(start, start + query.perPage).map(({ offer }) => ({
        document: offer.document,
        distanceKm: filters.near && offer.document.location ? distanceKm(filters.near, offer.document.location) : null,
      })),
    };
  }

  /** Internal id → summed BM25 score of documents matching every word; null for a query without words. */
  private matchWords(tokens: string[]): Map<number, number> | null {
    if (tokens.length === 0) return null;
    const index = this.db.index as unknown as OramaIndexComponent;
    const docsCount = count(this.db);
    let scores: Map<number, number> | null = null;
    for (const token of tokens) {
      const found = index.search(
        this.db.data.index,
        token,
        wordTokenizer,
        undefined,
        ["title", "text"],
        false,
        typosAllowed(token.length),
        { title: 2 },
        BM25,
        docsCount,
        undefined,
        1,
      );
      const next = new Map<number, number>();
      for (const [id, score] of found) {
        const previous: number | undefined = scores ? scores.get(id) : 0;
        if (previous !== undefined) next.set(id, previous + score);
      }
      scores = next;
      if (scores.size === 0) break;
    }
    return scores;
  }

  /** One id set per active filter (always including the validity window), keyed by facet name or kind. */
  private filterSets(filters: OfferSearchFilters, now: Date): Record<string, Set<number>> {
    const index = this.db.index as unknown as OramaIndexComponent;
    const where = (condition: Where) => index.searchByWhereClause(this.db.data.index, tokenizer, condition, undefined);
    const sets: Record<string, Set<number>> = { validity: where({ validUntilMs: { gte: now.getTime() } }) };
    for (const facet of facetNames) {
      if (filters[facet].length > 0) sets[facet] = where({ [facetProperty[facet]]: { containsAny: filters[facet] } });
    }
    if (filters.isFree) sets.free = where({ isFree: true });
    if (filters.near) {
      const { lat, lng, radiusKm } = filters.near;
      sets.near = where({
        location: { radius: { coordinates: { lat, lon: lng }, unit: "km", value: radiusKm, inside: true } },
      });
    }
    if (filters.bbox) {
      const { west, south, east, north } = filters.bbox;
      const corners = [
        [south, west],
        [south, east],
        [north, east],
        [north, west],
        [south, west],
      ].map(([lat, lon]) => ({ lat, lon }));
      sets.bbox = where({ location: { polygon: { coordinates: corners, inside: true } } });
    }
    return sets;
  }

  private offer(id: number): IndexedOffer {
    return this.db.documentsStore.get(this.db.data.docs, id) as IndexedOffer;
  }

  private countValues(
    ids: number[],
    property: "municipalities" | "topics" | "languages" | "audiences",
  ): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const id of ids) for (const value of this.offer(id)[property]) counts[value] = (counts[value] ?? 0) + 1;
    return counts;
  }

  private rank(ids: number[], scores: Map<number, number> | null, query: OfferSearchQuery, now: Date) {
    const entries = ids.map((id) => ({ offer: this.offer(id), score: scores?.get(id) ?? 0 }));
    const near = query.filters.near;
    if (query.sort === "distance" && near) {
      const keyed = entries.map((entry) => ({
        ...entry,
        distance: entry.offer.document.location ? distanceKm(near, entry.offer.document.location) : Infinity,
      }));
      return keyed.sort(
        (a, b) => a.distance - b.distance || a.offer.document.slug.localeCompare(b.offer.document.slug),
      );
    }
    if (query.sort === "updated") {
      return entries.sort(
        (a, b) =>
          b.offer.updatedAtMs - a.offer.updatedAtMs || a.offer.document.slug.localeCompare(b.offer.document.slug),
      );
    }
    return entries.sort((a, b) =>
      compareByRank(
        { score: a.score, document: a.offer.document },
        { score: b.score, document: b.offer.document },
        now,
      ),
    );
  }
}
