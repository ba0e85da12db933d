import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { checkHealth } from "@/lib/health/check-health";

test("reports ok when the database answers", async () => {
  expect(await checkHealth()).toEqual({ status: "ok", database: "ok", search: { engine: "embedded" } });
});

test("reports the database as unavailable instead of throwing when it cannot be opened", async () => {
  const unreachable = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: "file:/nonexistent-folder/atlas.db" }),
  });
  expect(await checkHealth(unreachable)).toMatchObject({ status: "degraded", database: "unavailable" });
});
