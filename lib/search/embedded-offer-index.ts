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
import { availabilityRankAt, freshnessRankAt, relevanceStep } from "@/lib/search/ranking";
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
  availabilitySetAtMs: number | null;
  /** Stored, not indexed: hits are self-contained. Its `text` is dropped, as the index holds it already. */
  document: OfferSearchDocument;
};

type OfferOrama = Orama<typeof schema>;

/** Index fields: tokens for text properties, the query's own analysis for the search term. */
const tokenizer: Tokenizer = {
  language: "german",
  normalizationCache: new Map(),
  tokenize: (raw, _language, property) =>
    property ? analyzeForIndex(raw, { keepWords: property === "title" }) : analyzeQuery(raw),
};

type FacetProperty = "municipalities" | "topics" | "languages" | "audiences";

const facetProperty: Record<FacetName, FacetProperty> = {
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
    availabilitySetAtMs: document.availabilitySetAt ? Date.parse(document.availabilitySetAt) : null,
    document: { ...document, text: "" },
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

export class EmbeddedOfferIndex implements OfferSearchIndex {
  readonly engine = "embedded" as const;
  private db: OfferOrama = EmbeddedOfferIndex.createDatabase();
  private generation = 0; // bumped by every write, so caches derived from the index know when to refresh
  private facetCodesById: (Record<FacetProperty, Uint16Array> | undefined)[] = [];
  private readonly facetDictionaries: Record<FacetProperty, { codes: Map<string, number>; values: string[] }> = {
    municipalities: { codes: new Map(), values: [] },
    topics: { codes: new Map(), values: [] },
    languages: { codes: new Map(), values: [] },
    audiences: { codes: new Map(), values: [] },
  };
  private freshnessOrder: { generation: number; ids: number[] } | undefined;

  private static createDatabase(): OfferOrama {
    return create({ schema, components: { tokenizer } });
  }

  async upsert(documents: OfferSearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    this.invalidateCaches();
    await this.remove(documents.map((d) => d.id));
    await insertMultiple(this.db, documents.map(toIndexedOffer) as never, 1_000);
  }

  async remove(offerIds: string[]): Promise<void> {
    this.invalidateCaches();
    const present = offerIds.filter((id) => this.has(id));
    if (present.length > 0) await removeMultiple(this.db, present);
  }

  async replaceAll(documents: OfferSearchDocument[]): Promise<void> {
    this.db = EmbeddedOfferIndex.createDatabase();
    this.invalidateCaches();
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
    this.invalidateCaches();
  }

  /** After any write: derived caches (freshness order, facet codes) are rebuilt on the next search. */
  private invalidateCaches(): void {
    this.generation += 1;
    this.facetCodesById = [];
  }

  private has(id: string): boolean {
    return getByID(this.db, id) !== undefined;
  }

  search(query: OfferSearchQuery): Promise<OfferSearchResult> {
    return Promise.resolve(this.searchNow(query));
  }

  // Orama's own search counts a document as matching every word when a property matched as many index tokens
  // as the query has words, which our stems, compound parts and synonyms inflate. So the pipeline is ours,
  // built on Orama's index: each query word is looked up on its own (prefix; typos only when the exact
  // prefixes find nothing), the matches are intersected (every word must match), and filters, disjunctive
  // facets, ranking and paging work on internal document ids.
  private searchNow(query: OfferSearchQuery): OfferSearchResult {
    const now = query.now ?? new Date();
    const { filters } = query;
    const tokens = analyzeQuery(query.text);
    let textScores = this.matchWords(tokens, false);
    if (textScores && textScores.size === 0) textScores = this.matchWords(tokens, true);
    const filterSets = this.filterSets(filters);
    const nowMs = now.getTime();

    // Candidates in freshness order when browsing a large share of the index; otherwise in any order (ranked later).
    const candidates = (except?: string): { ids: number[]; inFreshnessOrder: boolean } => {
      const sets = Object.entries(filterSets)
        .filter(([name]) => name !== except)
        .map(([, ids]) => ids)
        .sort((a, b) => a.size - b.size);
      const all = this.idsByFreshness();
      const smallSet = !textScores && sets[0] && sets[0].size < all.length / 10 ? sets.shift() : undefined;
      const source: Iterable<number> = textScores ? textScores.keys() : (smallSet ?? all);
      const ids: number[] = [];
      const offers = this.allOffers();
      outer: for (const id of source) {
        for (const set of sets) if (!set.has(id)) continue outer;
        // An id without a stored document can only come from a stale snapshot: skip it rather than fail.
        const offer = offers[id];
        if (offer && offer.validUntilMs >= nowMs) ids.push(id);
      }
      return { ids, inFreshnessOrder: !textScores && !smallSet };
    };
    const { ids: matched, inFreshnessOrder } = candidates();

    // Disjunctive counts: a facet with a selection is counted without its own filter, so choices can widen.
    const open = facetNames.filter((facet) => filters[facet].length === 0);
    const openCounts = this.countFacets(
      matched,
      open.map((facet) => facetProperty[facet]),
    );
    const facets = Object.fromEntries(
      facetNames.map((facet) => [
        facet,
        filters[facet].length === 0
          ? openCounts[facetProperty[facet]]
          : this.countFacets(candidates(facet).ids, [facetProperty[facet]])[facetProperty[facet]],
      ]),
    ) as OfferSearchResult["facets"];

    const ranked = this.rank(matched, textScores, inFreshnessOrder, query, now);
    const start = (query.page - 1) * query.perPage;
    return {
      total: ranked.length,
      facets,
      hits: ranked.slice(start, start + query.perPage).map((id) => {
        const { document } = this.offer(id);
        return {
          document,
          distanceKm: filters.near && document.location ? distanceKm(filters.near, document.location) : null,
        };
      }),
    };
  }

  /**
   * Internal id → summed BM25 score of the documents matching every token (by prefix, with typos by each
   * token's length when `withTypos`); null for a query without words.
   */
  private matchWords(tokens: string[], withTypos: boolean): Map<number, number> | null {
    if (tokens.length === 0) return null;
    const index = this.db.index as unknown as OramaIndexComponent;
    const docsCount = count(this.db);
    let scores: Map<number, number> | null = null;
    for (const token of tokens) {
      const tolerance = withTypos ? typosAllowed(token.length) : 0;
      const found = index.search(
        this.db.data.index,
        token,
        wordTokenizer,
        undefined,
        ["title", "text"],
        false,
        tolerance,
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

  /** One id set per active filter, keyed by facet name or kind. Validity is checked per document instead. */
  private filterSets(filters: OfferSearchFilters): Record<string, Set<number>> {
    const index = this.db.index as unknown as OramaIndexComponent;
    const where = (condition: Where) => index.searchByWhereClause(this.db.data.index, tokenizer, condition, undefined);
    const sets: Record<string, Set<number>> = {};
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

  /** The stored documents by internal id, for loops that visit thousands of them per search. */
  private allOffers(): Record<number, IndexedOffer> {
    return this.db.documentsStore.getAll(this.db.data.docs) as unknown as Record<number, IndexedOffer>;
  }

  /** Every internal id, most recently confirmed first; computed once per change of the index. */
  private idsByFreshness(): number[] {
    if (this.freshnessOrder?.generation !== this.generation) {
      const docs = this.db.documentsStore.getAll(this.db.data.docs) as Record<string, IndexedOffer>;
      const ids = Object.keys(docs).map(Number);
      ids.sort((a, b) => docs[b]!.lastConfirmedAtMs - docs[a]!.lastConfirmedAtMs || a - b);
      this.freshnessOrder = { generation: this.generation, ids };
    }
    return this.freshnessOrder.ids;
  }

  /**
   * Facet counts over the given ids, in one pass. Each document's values are encoded once as small integers
   * (a dictionary per facet) and kept in an array by internal id, so counting thousands of documents per
   * search is array arithmetic, not string hashing.
   */
  private countFacets(ids: number[], properties: FacetProperty[]): Record<FacetProperty, Record<string, number>> {
    const offers = this.allOffers();
    const counts = properties.map(() => new Uint32Array(1_024));
    for (const id of ids) {
      const codes = this.facetCodesById[id] ?? this.encodeFacets(id, offers[id]!);
      for (let p = 0; p < properties.length; p++) {
        const target = counts[p]!;
        for (const code of codes[properties[p]!]) target[code]! += 1;
      }
    }
    const result = {} as Record<FacetProperty, Record<string, number>>;
    properties.forEach((property, p) => {
      const values: Record<string, number> = {};
      this.facetDictionaries[property].values.forEach((value, code) => {
        if (counts[p]![code]) values[value] = counts[p]![code]!;
      });
      result[property] = values;
    });
    return result;
  }

  private encodeFacets(id: number, offer: IndexedOffer): Record<FacetProperty, Uint16Array> {
    const encode = (property: FacetProperty) => {
      const dictionary = this.facetDictionaries[property];
      return Uint16Array.from(offer[property], (value) => {
        let code = dictionary.codes.get(value);
        if (code === undefined) {
          if (dictionary.values.length >= 1_024) throw new Error(`More than 1024 values of ${property}`);
          code = dictionary.values.push(value) - 1;
          dictionary.codes.set(value, code);
        }
        return code;
      });
    };
    const codes = {
      municipalities: encode("municipalities"),
      topics: encode("topics"),
      languages: encode("languages"),
      audiences: encode("audiences"),
    };
    this.facetCodesById[id] = codes;
    return codes;
  }

  /** Orders matched ids; keys are computed once per document, then compared as numbers. */
  private rank(
    ids: number[],
    scores: Map<number, number> | null,
    inFreshnessOrder: boolean,
    query: OfferSearchQuery,
    now: Date,
  ): number[] {
    const near = query.filters.near;
    const byKey = (key: (offer: IndexedOffer, id: number) => number[]) => {
      const keyed = ids.map((id) => ({ id, key: key(this.offer(id), id) }));
      keyed.sort((a, b) => {
        for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
        return a.id - b.id;
      });
      return keyed.map(({ id }) => id);
    };
    if (query.sort === "distance" && near) {
      return byKey((offer) => [offer.document.location ? -distanceKm(near, offer.document.location) : -Infinity]);
    }
    if (query.sort === "updated") return byKey((offer) => [offer.updatedAtMs]);
    // Browsing without words: the most recently confirmed first.
    if (!scores) return inFreshnessOrder ? ids : byKey((offer) => [offer.lastConfirmedAtMs]);
    return byKey((offer, id) => [
      relevanceStep(scores.get(id) ?? 0),
      freshnessRankAt(offer.lastConfirmedAtMs, now),
      availabilityRankAt(offer.document.availability, offer.availabilitySetAtMs, now),
      offer.lastConfirmedAtMs,
    ]);
  }
}
