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

/** Indexes every due outbox event; stops at the first failing batch (the engine is likely down). */
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
    const offerIds = [...new Set(events.map((event) => event.entityId))];
    try {
      const documents = await loadOfferDocuments(offerIds, db);
      const publicIds = new Set(documents.map((document) => document.id));
      await index.upsert(documents);
      await index.remove(offerIds.filter((id) => !publicIds.has(id)));
      await db.outboxEvent.deleteMany({ where: { id: { in: events.map((event) => event.id) } } });
      indexed += offerIds.length;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db.$transaction(
        events.map((event) =>
          db.outboxEvent.update({
            where: { id: event.id },
            data: {
              attempts: event.attempts + 1,
              lastError: message.slice(0, 1_000),
              availableAt: new Date(now().getTime() + backoffMs(event.attempts + 1)),
            },
          }),
        ),
      );
      return { indexed, failed: events.length };
    }
  }
}

/** Rebuilds the whole index from the database; outbox events older than the rebuild are covered by it. */
export async function reindexAll(
  index: OfferSearchIndex,
  onProgress: (indexed: number) => void = () => {},
  db: PrismaClient = prisma,
): Promise<number> {
  const startedAt = new Date();
  const documents = [];
  for await (const batch of iterateOfferDocuments(2_000, db)) {
    documents.push(...batch);
    onProgress(documents.length);
  }
  await index.replaceAll(documents);
  await db.outboxEvent.deleteMany({ where: { createdAt: { lt: startedAt } } });
  return documents.length;
}
