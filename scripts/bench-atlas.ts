// npm run bench:atlas [-- --offers 10000 --rounds 30 --json]
// The gap atlas's figures at scale: seeds a temporary database with N offers, indexes them in the embedded engine
// and measures measureCoverage (one search per municipality and one for the county, ADR 017) per filter choice,
// beside the baseline of the same run: one results-page search (20 hits) with the same filters.
import { parseArgs } from "node:util";
import { z } from "zod";
import { measure, seedTemporaryDatabase } from "./bench-support";

const { values } = parseArgs({
  options: { offers: { type: "string" }, rounds: { type: "string" }, json: { type: "boolean" } },
});
const args = z
  .object({
    offers: z.coerce.number().int().min(100).max(200_000),
    rounds: z.coerce.number().int().min(3).max(1_000),
  })
  .parse({ offers: values.offers ?? "10000", rounds: values.rounds ?? "30" });

const queries = [
  { name: "all offers", query: "" },
  { name: "one topic", query: "topic=arbeit-wirtschaft" },
  { name: "topic + Arabic", query: "topic=sprache-bildung&language=ar" },
  { name: "for women, free", query: "audience=frauen&free=true" },
  { name: "text 'beratung'", query: "q=beratung" },
] as const;

async function main() {
  const database = seedTemporaryDatabase("atlas", args.offers);
  try {
    // Imported after the environment points at the temporary database.
    const { EmbeddedOfferIndex } = await import("@/lib/search/embedded-offer-index");
    const { reindexAll } = await import("@/lib/search/indexer");
    const { parseSearchRequest } = await import("@/lib/search/search-request");
    const { measureCoverage } = await import("@/lib/gaps/coverage");
    const { prisma } = await import("@/lib/db");
    const index = new EmbeddedOfferIndex();
    await reindexAll(index);
    const documents = await index.count();

    const rows = [];
    for (const { name, query } of queries) {
      const parsed = parseSearchRequest(new URLSearchParams(query));
      if (!parsed.ok) throw new Error(`bad bench query ${query}`);
      const request = parsed.request;
      const coverage = await measureCoverage(request, { index });
      const atlas = await measure(args.rounds, () => measureCoverage(request, { index }));
      const search = await measure(args.rounds, () => index.search({ ...request, perPage: 20 }));
      rows.push({ name, offers: coverage.totals.offers, atlas, search });
    }
    await prisma.$disconnect();

    const ms = (value: number) => value.toFixed(1).padStart(8);
    console.log(
      `\n=== gap atlas, ${documents.toLocaleString("en")} offers, embedded engine, ${args.rounds} rounds (ms) ===`,
    );
    console.log(`filters                 matches | coverage p50     p95 | one search p50     p95 | ratio p50`);
    for (const row of rows) {
      console.log(
        `${row.name.padEnd(24)}${String(row.offers).padStart(7)} |    ${ms(row.atlas.p50)}${ms(row.atlas.p95)} |      ${ms(row.search.p50)}${ms(row.search.p95)} |${(row.atlas.p50 / row.search.p50).toFixed(1).padStart(9)}`,
      );
    }
    if (values.json) console.log(JSON.stringify({ offers: documents, rounds: args.rounds, rows }));
  } finally {
    database.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
