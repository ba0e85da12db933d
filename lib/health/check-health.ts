import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

export type Health = {
  status: "ok" | "degraded";
  database: "ok" | "unavailable";
  search: { engine: "meilisearch" | "embedded" };
};

/** Probes the database with a trivial query; never throws, so the health route can always answer. */
export async function checkHealth(db: PrismaClient = prisma): Promise<Health> {
  let database: Health["database"] = "ok";
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    database = "unavailable";
  }
  return {
    status: database === "ok" ? "ok" : "degraded",
    database,
    search: { engine: env.MEILISEARCH_HOST ? "meilisearch" : "embedded" },
  };
}
