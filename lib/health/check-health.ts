import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { getOfferSearchIndex } from "@/lib/search/get-offer-search-index";

export type Health = {
  status: "ok" | "degraded";
  database: "ok" | "unavailable";
  search: {
    engine: "meilisearch" | "embedded";
    status: "ok" | "unavailable";
    documents: number | null;
    pendingOutboxEvents: number | null;
  };
};

/** Probes the database and the search engine; never throws, so the health route can always answer. */
export async function checkHealth(db: PrismaClient = prisma): Promise<Health> {
  let database: Health["database"] = "ok";
  let pendingOutboxEvents: number | null = null;
  try {
    pendingOutboxEvents = await db.outboxEvent.count();
  } catch {
    database = "unavailable";
  }
  let documents: number | null = null;
  try {
    documents = await (await getOfferSearchIndex()).count();
  } catch {
    documents = null;
  }
  const search: Health["search"] = {
    engine: env.MEILISEARCH_HOST ? "meilisearch" : "embedded",
    status: documents === null ? "unavailable" : "ok",
    documents,
    pendingOutboxEvents,
  };
  return { status: database === "ok" && search.status === "ok" ? "ok" : "degraded", database, search };
}
