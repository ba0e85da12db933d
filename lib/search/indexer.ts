import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { iterateOfferDocuments, loadOfferDocuments } from "@/lib/search/offer-document";
import type { OfferSearchIndex } from "@/lib/search/offer-search-index";

// Moves outbox events into the search index. A failing engine never fails a write: events stay in the outbox
// and are retried with back-off (2, 4, 8 … seconds, at most 5 minutes) until the engine answers again.

const BATCH_SIZE = 500;
const MAX_BACKOFF_MS = 5 * 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** attempts);
}

export type DrainOutcome = { indexed: number; failed: number };

type DueEvent = { id: number; entityId: string; attempts: number };

/** Indexes the offers of some events, then deletes the events; throws if the engine or a document fails. */
async function indexEvents(index: OfferSearchIndex, db: PrismaClient, events: DueEvent[]): Promise<number> {
  const offerIds = [...new Set(events.map((event) => event.entityId))];
  const documents = await loadOfferDocuments(offerIds, db);
  const publishedIds = new Set(documents.map((document) => document.id));
  await index.upsert(documents);
  await index.remove(offerIds.filter((id) => !publishedIds.has(id)));
  await db.outboxEvent.deleteMany({ where: { id: { in: events.map((event) => event.id) } } });
  return offerIds.length;
}

async function postpone(db: PrismaClient, events: DueEvent[], error: unknown, now: Date): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1_000);
  await db.$transaction(
    events.map((event) =>
      db.outboxEvent.update({
        where: { id: event.id },
        data: {
          attempts: event.attempts + 1,
          lastError: message,
          availableAt: new Date(now.getTime() + backoffMs(event.attempts + 1)),
        },
      }),
    ),
  );
}

/**
 * Indexes every due outbox event. When a batch fails, its offers are tried one by one, so one bad offer
 * cannot hold back the others; if the first single one fails too, the engine is taken to be down and the
 * rest of the batch waits for its back-off.
 */
export async function drainOutbox(
  index: OfferSearchIndex,
  db: PrismaClient = prisma,
  now: () => Date = () => new Date(),
): Promise<DrainOutcome> {
  let indexed = 0;
  for (;;) {
    const events = await db.outboxEvent.findMany({
      where: { availableAt: { lte: now() } },
      orderBy: { id: "asc" },
      take: BATCH_SIZE,
      select: { id: true, entityId: true, attempts: true },
    });
    if (events.length === 0) return { indexed, failed: 0 };
    try {
      indexed += await indexEvents(index, db, events);
      continue;
    } catch (batchError) {
      if (events.length === 1) {
        await postpone(db, events, batchError, now());
        return { indexed, failed: 1 };
      }
    }
    let failed = 0;
    for (const [position, event] of events.entries()) {
      try {
        indexed += await indexEvents(index, db, [event]);
      } catch (error) {
        if (position === 0 || failed === position) {
          // Nothing in this batch succeeds: the engine is down. Everything waits for its back-off.
          await postpone(db, events.slice(position), error, now());
          return { indexed, failed: failed + events.length - position };
        }
        await postpone(db, [event], error, now());
        failed += 1;
      }
    }
    if (failed > 0) return { indexed, failed };
  }
}

/**
 * Rebuilds the whole index from the database. With `clearOutbox` (when rebuilding the index the app itself
 * uses), the outbox events that existed before the rebuild started are covered by it and deleted; a newer
 * event stays for the indexer even if the rebuild already saw its change.
 */
export async function reindexAll(
  index: OfferSearchIndex,
  {
    onProgress = () => {},
    clearOutbox = true,
    db = prisma,
  }: { onProgress?: (read: number) => void; clearOutbox?: boolean; db?: PrismaClient } = {},
): Promise<number> {
  const lastEvent = await db.outboxEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  const documents = [];
  for await (const batch of iterateOfferDocuments(2_000, db)) {
    documents.push(...batch);
    onProgress(documents.length);
  }
  await index.replaceAll(documents);
  if (clearOutbox && lastEvent) await db.outboxEvent.deleteMany({ where: { id: { lte: lastEvent.id } } });
  return documents.length;
}
