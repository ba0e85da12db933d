// npm run bench:seed [-- --offers 100000]
// Generates and writes N demo offers into a fresh temporary database and prints the time of each phase.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

const { values } = parseArgs({ options: { offers: { type: "string" } } });
const offers = z.coerce
  .number()
  .int()
  .min(1)
  .max(1_000_000)
  .parse(values.offers ?? "100000");

const directory = mkdtempSync(path.join(tmpdir(), "atlas-bench-"));
const databaseUrl = `file:${path.join(directory, "bench.db")}`;
const env = { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: directory, APP_MODE: "demo" };

try {
  const started = Date.now();
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env, stdio: "inherit" });
  const migrated = Date.now();
  execFileSync("npx", ["tsx", "prisma/seed.ts", "--offers", String(offers)], { env, stdio: "inherit" });
  const seeded = Date.now();
  const size = statSync(path.join(directory, "bench.db")).size;
  console.log(
    `\nbench:seed ${offers} offers: migrate ${((migrated - started) / 1000).toFixed(1)} s, ` +
      `seed ${((seeded - migrated) / 1000).toFixed(1)} s (${Math.round(offers / ((seeded - migrated) / 1000))} offers/s), ` +
      `database ${(size / 1024 / 1024).toFixed(1)} MB`,
  );
} finally {
  rmSync(directory, { recursive: true, force: true });
}
