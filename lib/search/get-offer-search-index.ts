import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { EmbeddedOfferIndex } from "@/lib/search/embedded-offer-index";
import { loadSnapshot, saveSnapshot, snapshotFile } from "@/lib/search/embedded-snapshot";
import { drainOutbox, reindexAll } from "@/lib/search/indexer";
import { MeilisearchOfferIndex } from "@/lib/search/meilisearch-offer-index";
import { indexedOfferWhere, loadOfferDocuments } from "@/lib/search/offer-document";
import type { OfferSearchIndex } from "@/lib/search/offer-search-index";

// The only place that chooses the engine (docs/decisions/002-search-port.md), and the indexer's schedule:
// the outbox is drained right after a write (notifyOutboxChanged), at start-up, and every few seconds.

const DRAIN_INTERVAL_MS = 5_000;
const SNAPSHOT_DELAY_MS = 2_000;

type SearchState = {
  ready?: Promise<OfferSearchIndex>;
  draining?: Promise<unknown>;
  drainAgain?: boolean;
  timer?: NodeJS.Timeout;
  snapshotTimer?: NodeJS.Timeout;
};

// Kept on globalThis so development reloads share one index and one timer.
const state = ((globalThis as { offerSearch?: SearchState }).offerSearch ??= {});

/** Brings a snapshot up to date with offers changed since it was saved; false if it cannot be trusted. */
async function catchUpSnapshot(index: EmbeddedOfferIndex, savedAt: Date): Promise<boolean> {
  const changed = await prisma.offer.findMany({
    where: { updatedAt: { gte: new Date(savedAt.getTime() - 5_000) } },
    select: { id: true },
  });
  const ids = changed.map((offer) => offer.id);
  const documents = await loadOfferDocuments(ids);
  const publicIds = new Set(documents.map((d) => d.id));
  await index.upsert(documents);
  await index.remove(ids.filter((id) => !publicIds.has(id)));
  // Deleted rows leave no trace in updatedAt: a count mismatch means rebuild.
  return (await index.count()) === (await prisma.offer.count({ where: indexedOfferWhere }));
}

/** A snapshot only saves start-up time: failing to write one is logged, never fatal. */
function trySaveSnapshot(index: EmbeddedOfferIndex, file: string, savedAt: Date): void {
  try {
    saveSnapshot(index, file, savedAt);
  } catch (error) {
    console.error("Search snapshot not written:", error);
  }
}

async function openEmbeddedIndex(): Promise<EmbeddedOfferIndex> {
  const index = new EmbeddedOfferIndex();
  const file = snapshotFile(env.DATA_DIR);
  const savedAt = loadSnapshot(index, file);
  if (!savedAt || !(await catchUpSnapshot(index, savedAt))) {
    const startedAt = new Date();
    await reindexAll(index);
    trySaveSnapshot(index, file, startedAt);
  }
  return index;
}

async function openIndex(): Promise<OfferSearchIndex> {
  if (env.MEILISEARCH_HOST) {
    const index = new MeilisearchOfferIndex(env.MEILISEARCH_HOST, env.MEILISEARCH_API_KEY);
    await index.applySettings();
    if ((await index.count()) === 0) await reindexAll(index);
    return index;
  }
  return openEmbeddedIndex();
}

function scheduleSnapshot(index: OfferSearchIndex): void {
  if (!(index instanceof EmbeddedOfferIndex)) return;
  clearTimeout(state.snapshotTimer);
  state.snapshotTimer = setTimeout(
    () => trySaveSnapshot(index, snapshotFile(env.DATA_DIR), new Date()),
    SNAPSHOT_DELAY_MS,
  );
  state.snapshotTimer.unref();
}

/** Drains the outbox once; concurrent calls coalesce into one more run after the current one. */
async function drain(index: OfferSearchIndex): Promise<void> {
  if (state.draining) {
    state.drainAgain = true;
    return;
  }
  do {
    state.drainAgain = false;
    state.draining = drainOutbox(index);
    try {
      const outcome = await (state.draining as ReturnType<typeof drainOutbox>);
      if (outcome.indexed > 0) scheduleSnapshot(index);
    } catch (error) {
      console.error("Search indexer:", error); // the events stay in the outbox and are retried
    } finally {
      state.draining = undefined;
    }
  } while (state.drainAgain);
}

/** The search index, opened once per process (snapshot or rebuild), with the indexer running. */
export function getOfferSearchIndex(): Promise<OfferSearchIndex> {
  state.ready ??= openIndex().then(async (index) => {
    await drain(index);
    state.timer = setInterval(() => void drain(index), DRAIN_INTERVAL_MS);
    state.timer.unref();
    return index;
  });
  state.ready.catch(() => (state.ready = undefined)); // a failed start is retried on the next request
  return state.ready;
}

/** Call after committing a write that enqueued outbox events: the change is searchable within a second. */
export function notifyOutboxChanged(): void {
  if (!state.ready) return;
  void state.ready.then((index) => drain(index)).catch(() => {});
}
