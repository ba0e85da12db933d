// npm run bench:map [-- --offers 10000 --rounds 30 --json]
// The map's answer at scale: seeds a temporary database with N offers, indexes them in the embedded engine and
// measures, per query, the points answer for every match (engine time, shaping, JSON and gzip size) against
// the baseline a client would need without it: the list API paged through at its maximum of 100 per page.
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
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
  { name: "everything", query: "" },
  { name: "beratung", query: "q=beratung" },
  { name: "kurs in Gütersloh", query: "q=kurs&municipality=guetersloh" },
] as const;

async function main() {
  const database = seedTemporaryDatabase("map", args.offers);
  try {
    // Imported after the environment points at the temporary database.
    const { EmbeddedOfferIndex } = await import("@/lib/search/embedded-offer-index");
    const { reindexAll } = await import("@/lib/search/indexer");
    const { MAX_MAP_POINTS, toMapPoints } = await import("@/lib/search/search-offers");
    const { parseSearchRequest } = await import("@/lib/search/search-request");
    const { prisma } = await import("@/lib/db");
    const index = new EmbeddedOfferIndex();
    await reindexAll(index);
    const documents = await index.count();

    const rows = [];
    for (const { name, query } of queries) {
      const parsed = parseSearchRequest(new URLSearchParams(query));
      if (!parsed.ok) throw new Error(`bad bench query ${query}`);
      const request = parsed.request;
      const pointsQuery = { text: request.text, filters: request.filters };
      const answer = toMapPoints(await index.points(pointsQuery, MAX_MAP_POINTS), "de");
      const body = JSON.stringify(answer);
      const points = await measure(args.rounds, async () =>
        JSON.stringify(toMapPoints(await index.points(pointsQuery, MAX_MAP_POINTS), "de")),
      );
      // Baseline: every page of the list API's search at 100 per page, each answer serialised as the API does.
      let pagedBytes = 0;
      const paged = await measure(Math.max(3, Math.floor(args.rounds / 5)), async () => {
        pagedBytes = 0;
        for (let page = 1; ; page++) {
          const result = await index.search({ ...request, page, perPage: 100 });
          pagedBytes += JSON.stringify(result.hits).length;
          if (page * 100 >= result.total) break;
        }
      });
      rows.push({
        name,
        total: answer.total,
        located: answer.located,
        points: { ...points, bytes: body.length, gzipBytes: gzipSync(body).length },
        pagedList: { ...paged, requests: Math.ceil(answer.total / 100), bytes: pagedBytes },
      });
    }
    await prisma.$disconnect();

    const ms = (value: number) => value.toFixed(1).padStart(8);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`.padStart(9);
    console.log(
      `\n=== map points, ${documents.toLocaleString("en")} offers, embedded engine, ${args.rounds} rounds ===`,
    );
    console.log(
      `query               matches located | points p50     p95      JSON     gzip | paged list p50  p95  requests  JSON`,
    );
    for (const row of rows) {
      console.log(
        `${row.name.padEnd(20)}${String(row.total).padStart(7)}${String(row.located).padStart(8)} |${ms(row.points.p50)}${ms(row.points.p95)}${kb(row.points.bytes)}${kb(row.points.gzipBytes)} |${ms(row.pagedList.p50)}${ms(row.pagedList.p95)}${String(row.pagedList.requests).padStart(6)}${kb(row.pagedList.bytes)}`,
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
