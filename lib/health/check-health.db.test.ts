import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { checkHealth } from "@/lib/health/check-health";
import { enqueueOfferIndexing } from "@/lib/search/outbox";

test("reports the database, the search engine's document count and pending outbox events", async () => {
  await prisma.$transaction((tx) => enqueueOfferIndexing(tx, ["offer-a", "offer-b"]));
  const health = await checkHealth();
  expect(health).toMatchObject({
    status: "ok",
    database: "ok",
    search: { engine: "embedded", status: "ok", documents: 0 },
  });
  expect(health.search.pendingOutboxEvents).toBeGreaterThanOrEqual(0);
});

test("reports the database as unavailable instead of throwing when it cannot be opened", async () => {
  const unreachable = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: "file:/nonexistent-folder/atlas.db" }),
  });
  expect(await checkHealth(unreachable)).toMatchObject({ status: "degraded", database: "unavailable" });
});
