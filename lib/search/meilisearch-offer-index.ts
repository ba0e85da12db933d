import { Meilisearch } from "meilisearch";
import type {
  OfferPointsQuery,
  OfferSearchDocument,
  OfferSearchIndex,
  OfferSearchPoints,
  OfferSearchQuery,
  OfferSearchResult,
} from "@/lib/search/offer-search-index";
import {
  fromMeilisearchResults,
  MEILISEARCH_INDEX,
  meilisearchSettings,
  toMeilisearchOffer,
  toMeilisearchRequests,
} from "@/lib/search/meilisearch-requests";
import { fromMeilisearchPointsResult, toMeilisearchPointsRequest } from "@/lib/search/meilisearch-points";

/** Meilisearch through the official client. Every write waits for its task, so callers read their writes. */
export class MeilisearchOfferIndex implements OfferSearchIndex {
  readonly engine = "meilisearch" as const;
  private readonly client: Meilisearch;

  constructor(
    host: string,
    apiKey?: string,
    private readonly indexUid: string = MEILISEARCH_INDEX,
  ) {
    this.client = new Meilisearch({ host, apiKey });
  }

  private get index() {
    return this.client.index(this.indexUid);
  }

  /** Creates the index if needed and applies the settings made in code. */
  async applySettings(): Promise<void> {
    await this.client.createIndex(this.indexUid, { primaryKey: "id" }).waitTask();
    await this.index.updateSettings(meilisearchSettings).waitTask();
  }

  async upsert(documents: OfferSearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const now = new Date();
    await this.index
      .addDocuments(
        documents.map((d) => toMeilisearchOffer(d, now)),
        { primaryKey: "id" },
      )
      .waitTask();
  }

  async remove(offerIds: string[]): Promise<void> {
    if (offerIds.length === 0) return;
    await this.index.deleteDocuments(offerIds).waitTask();
  }

  async replaceAll(documents: OfferSearchDocument[]): Promise<void> {
    await this.index.deleteAllDocuments().waitTask();
    for (let start = 0; start < documents.length; start += 5_000)
      await this.upsert(documents.slice(start, start + 5_000));
  }

  async count(): Promise<number> {
    return (await this.index.getStats()).numberOfDocuments;
  }

  async search(query: OfferSearchQuery): Promise<OfferSearchResult> {
    const now = query.now ?? new Date();
    const { results } = await this.client.multiSearch({ queries: toMeilisearchRequests(query, now) });
    return fromMeilisearchResults(query, results);
  }

  async points(query: OfferPointsQuery, limit: number): Promise<OfferSearchPoints> {
    const now = query.now ?? new Date();
    const { results } = await this.client.multiSearch({ queries: [toMeilisearchPointsRequest(query, limit, now)] });
    return fromMeilisearchPointsResult(results[0]!);
  }
}
