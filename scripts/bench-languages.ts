// npm run bench:languages [-- --offers 400 --json]
// Seeds the demo data into a temporary database, indexes it in the embedded engine and asks every need of
// lib/search/language-coverage.ts in German and the nine other UI languages: prints, per language, the share
// of the German query's hits that the translated query finds, and the whole measurement as JSON.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createDatabaseFromMigrations } from "@/tests/setup/apply-migrations";

const { values } = parseArgs({ options: { offers: { type: "string" }, json: { type: "boolean" } } });
const args = z
  .object({ offers: z.coerce.number().int().min(1).max(100_000) })
  .parse({ offers: values.offers ?? "400" });

// Fixed, so that runs compare: the same demo data and the same "now" as the db test.
const NOW = new Date("2026-11-24T10:00:00Z");

async function main() {
  const directory = mkdtempSync(path.join(tmpdir(), "atlas-bench-languages-"));
  const file = path.join(directory, "languages.db");
  // lib/env and lib/db read the environment once, on first import: set it before importing them.
  process.env.DATABASE_URL = `file:${file}`;
  process.env.DATA_DIR = directory;
  process.env.APP_MODE = "demo";
  try {
    createDatabaseFromMigrations(file);
    const { prisma } = await import("@/lib/db");
    const { getRegion } = await import("@/lib/region/region");
    const { seedDatabase } = await import("@/lib/seed/seed-database");
    const { iterateOfferDocuments } = await import("@/lib/search/offer-document");
    const { EmbeddedOfferIndex } = await import("@/lib/search/embedded-offer-index");
    const { formatCoverageTable, measureLanguageCoverage, otherPhrasings } =
      await import("@/lib/search/language-coverage");
    try {
      await seedDatabase(prisma, getRegion(), { mode: "demo", offers: args.offers, now: NOW });
      const documents = [];
      for await (const batch of iterateOfferDocuments(2_000, prisma)) documents.push(...batch);
      const index = new EmbeddedOfferIndex();
      await index.replaceAll(documents);
      const started = performance.now();
      const { outcomes, perLocale, overall } = await measureLanguageCoverage(index, NOW);
      const seconds = (performance.now() - started) / 1000;
      console.log(`${documents.length} demo offers, ${outcomes.length} queries in ${seconds.toFixed(2)} s\n`);
      console.log(formatCoverageTable(perLocale, overall));
      const misses = perLocale.flatMap((row) => row.misses.map((miss) => `${row.locale}: ${miss}`));
      if (misses.length > 0) console.log(`\nmissed German hits:\n  ${misses.join("\n  ")}`);
      const other = await measureLanguageCoverage(index, NOW, otherPhrasings);
      console.log(`\nother phrasings (a check beside the asserted needs), ${other.outcomes.length} queries:\n`);
      console.log(formatCoverageTable(other.perLocale, other.overall));
      const otherMisses = other.perLocale.flatMap((row) => row.misses.map((miss) => `${row.locale}: ${miss}`));
      if (otherMisses.length > 0) console.log(`\nmissed German hits:\n  ${otherMisses.join("\n  ")}`);
      const shares = (rows: typeof perLocale) =>
        Object.fromEntries(rows.map((row) => [row.locale, Number(row.share.toFixed(4))]));
      const summary = {
        offers: documents.length,
        overall,
        perLocale: shares(perLocale),
        otherPhrasings: { overall: other.overall, perLocale: shares(other.perLocale) },
      };
      console.log(`\n${JSON.stringify(values.json ? { ...summary, outcomes } : summary)}`);
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
