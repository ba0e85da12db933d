import { prisma } from "@/lib/db";
import { getRegion } from "@/lib/region/region";
import { seedDatabase } from "@/lib/seed/seed-database";
import { EmbeddedOfferIndex } from "@/lib/search/embedded-offer-index";
import { formatCoverageTable, measureLanguageCoverage, needs } from "@/lib/search/language-coverage";
import { iterateOfferDocuments } from "@/lib/search/offer-document";
import type { OfferSearchDocument } from "@/lib/search/offer-search-index";
import { resetDatabase } from "@/tests/setup/reset-database";

// Residents ask in their own language and find what the German query finds: every need of
// language-coverage.ts in nine languages against German, on the demo data (`npm run db:seed`'s 400 offers).
// `npm run bench:languages` prints the same table.

const NOW = new Date("2026-11-24T10:00:00Z");

let index: EmbeddedOfferIndex;

beforeAll(async () => {
  await resetDatabase();
  await seedDatabase(prisma, getRegion(), { mode: "demo", offers: 400, now: NOW });
  const documents: OfferSearchDocument[] = [];
  for await (const batch of iterateOfferDocuments(2_000, prisma)) documents.push(...batch);
  index = new EmbeddedOfferIndex();
  await index.replaceAll(documents);
}, 120_000);

test("at least twenty needs, each with German hits in the demo data", async () => {
  expect(needs.length).toBeGreaterThanOrEqual(20);
  const { outcomes } = await measureLanguageCoverage(index, NOW);
  const withoutGermanHits = [...new Set(outcomes.filter((o) => o.german === 0).map((o) => o.need))];
  expect(withoutGermanHits).toEqual([]);
});

test("every language finds ≥ 90 % of the German hits, and every need finds something where German does", async () => {
  const { outcomes, perLocale, overall } = await measureLanguageCoverage(index, NOW);
  console.log(formatCoverageTable(perLocale, overall));
  for (const row of perLocale)
    expect({ locale: row.locale, enough: row.share >= 0.9 }).toEqual({ locale: row.locale, enough: true });
  const empty = outcomes.filter((o) => o.german > 0 && o.found === 0).map((o) => `${o.locale}: ${o.query}`);
  expect(empty).toEqual([]);
});
