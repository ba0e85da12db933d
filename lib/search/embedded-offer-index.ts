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
  type OfferSearchDocument,
  type OfferPointsQuery,
  type OfferSearchIndex,
  type OfferSearchPoints,
  type OfferSearchQuery,
  type OfferSearchResult,
  searchPointOf,
} from "@/lib/search/offer-search-index";
import {
  buildColumns,
  collectPrefix,
  matchTokens,
  runQuery,
  type Columns,
  type IndexedOffer,
  type RadixNode,
  type TextMatch,
  type WordFinder,
  type WordPostings,
} from "@/lib/search/embedded-query";
import { analyzeForIndex, analyzeQuery } from "@/lib/search/text-analysis";

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

type OfferOrama = Orama<typeof schema>;

/** Index fields: tokens for text properties, the query's own analysis for the search term. */
const tokenizer: Tokenizer = {
  language: "german",
  normalizationCache: new Map(),
  tokenize: (raw, _language, property) =>
    property ? analyzeForIndex(raw, { keepWords: property === "title" }) : analyzeQuery(raw),
};

/** Stored per offer; its document's `text` is dropped, as the index holds it already. */
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

export class EmbeddedOfferIndex implements OfferSearchIndex {
  readonly engine = "embedded" as const;
  private db: OfferOrama = EmbeddedOfferIndex.createDatabase();
  private generation = 0; // bumped by every write, so the columns derived from the index are rebuilt
  private columnsCache: { generation: number; columns: Columns } | undefined;

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
  }

  private has(id: string): boolean {
    return getByID(this.db, id) !== undefined;
  }

  search(query: OfferSearchQuery): Promise<OfferSearchResult> {
    return Promise.resolve(this.searchNow(query));
  }

  // Orama's own search counts a document as matching every word when a property matched as many index tokens
  // as the query has words, which our stems, compound parts and synonyms inflate; and it visits every hit as
  // an object. So the query runs in embedded-query.ts: Orama's radix trees find the words per token (exact
  // prefixes first, typos only when those find nothing), the rest works on typed-array columns (ADR 007).
  private searchNow(query: OfferSearchQuery): OfferSearchResult {
    const now = query.now ?? new Date();
    const columns = this.columns();
    const outcome = runQuery(columns, this.matchText(query.text, columns), query, now);
    const offers = this.allOffers();
    const near = query.filters.near;
    return {
      total: outcome.total,
      facets: outcome.facets,
      hits: outcome.pageIds.map((id) => {
        const { document } = offers[id]!;
        const distance =
          near && document.location ? (outcome.distances.get(id) ?? distanceKm(near, document.location)) : null;
        return { document, distanceKm: distance };
      }),
    };
  }

  points(query: OfferPointsQuery, limit: number): Promise<OfferSearchPoints> {
    const now = query.now ?? new Date();
    const columns = this.columns();
    // The same match and filter pass as search(); matches without a place count in the total but are not drawn.
    // "updated" is the cheapest order to cut at `limit`.
    const outcome = runQuery(
      columns,
      this.matchText(query.text, columns),
      { ...query, sort: "updated", page: 1, perPage: Number.MAX_SAFE_INTEGER },
      now,
    );
    const offers = this.allOffers();
    const points: OfferSearchPoints["points"] = [];
    for (const id of outcome.pageIds) {
      if (points.length === limit) break;
      const point = searchPointOf(offers[id]!.document);
      if (point) points.push(point);
    }
    return Promise.resolve({ total: outcome.total, points });
  }

  /** Exact prefixes first; typos only when those find nothing (null: no text, every document). */
  private matchText(text: string, columns: Columns): TextMatch | null {
    const tokens = analyzeQuery(text);
    const documentCount = columns.byFreshness.length;
    const exact = matchTokens(this.findWords, tokens, false, columns, documentCount);
    if (exact && exact.ids.length === 0) return matchTokens(this.findWords, tokens, true, columns, documentCount);
    return exact;
  }

  private readonly findWords: WordFinder = (token, tolerance) => {
    type Tree = {
      node: RadixNode & { find(params: { term: string; exact: boolean; tolerance: number }): Record<string, number[]> };
    };
    const indexes = (this.db.data.index as unknown as { indexes: Record<"title" | "text", Tree> }).indexes;
    const lookup = (tree: Tree): WordPostings =>
      tolerance === 0
        ? collectPrefix(tree.node, token)
        : Object.values(tree.node.find({ term: token, exact: false, tolerance })).map((ids) => ({
            size: ids.length,
            ids,
          }));
    return [lookup(indexes.title), lookup(indexes.text)];
  };

  /** The stored documents by internal id. */
  private allOffers(): Record<number, IndexedOffer> {
    return this.db.documentsStore.getAll(this.db.data.docs) as unknown as Record<number, IndexedOffer>;
  }

  /** Typed-array columns of every document, rebuilt on the first search after a write. */
  private columns(): Columns {
    if (this.columnsCache?.generation !== this.generation) {
      this.columnsCache = { generation: this.generation, columns: buildColumns(this.allOffers()) };
    }
    return this.columnsCache.columns;
  }
}
