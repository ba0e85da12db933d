// npm run bench:open-data [-- --offers 10000 --rounds 20 --json]
// The HSDS API and the data package at scale: seeds a temporary database with N offers and measures HSDS answers
// side by side with the search API's answer to the same question (the baseline: what the platform's own list
// costs), then a full dump of every service fully nested and the nightly data package (time and size).
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
  .parse({ offers: values.offers ?? "10000", rounds: values.rounds ?? "20" });

async function main() {
  const database = seedTemporaryDatabase("open-data", args.offers);
  try {
    // Imported after the environment points at the temporary database.
    const { prisma } = await import("@/lib/db");
    const { listServices, findService } = await import("@/lib/hsds/queries");
    const { ServicesRequestSchema } = await import("@/lib/hsds/request");
    const { buildHsdsDataPackage } = await import("@/lib/hsds/tabular");
    const { searchOffers } = await import("@/lib/search/search-offers");
    const { parseSearchRequest } = await import("@/lib/search/search-request");

    const hsds = (query: Record<string, string>) => listServices(ServicesRequestSchema.parse(query));
    const search = (query: string) => {
      const parsed = parseSearchRequest(new URLSearchParams(query));
      if (!parsed.ok) throw new Error(`bad bench query ${query}`);
      return searchOffers(parsed.request);
    };
    const first = await hsds({ per_page: "1" });
    const serviceId = first.contents[0]!.id;
    const cases = [
      {
        name: "list, 50 a page",
        hsds: () => hsds({ per_page: "50" }),
        search: () => search("perPage=50&sort=updated"),
      },
      {
        name: "search beratung",
        hsds: () => hsds({ per_page: "50", search: "beratung" }),
        search: () => search("perPage=50&q=beratung"),
      },
      {
        name: "full, 50 a page",
        hsds: () => hsds({ per_page: "50", full: "true" }),
        search: () => search("perPage=50&sort=updated"),
      },
      { name: "one service by id", hsds: () => findService(serviceId), search: () => search("perPage=1") },
    ];
    const rows = [];
    for (const { name, hsds: runHsds, search: runSearch } of cases) {
      const bytes = JSON.stringify(await runHsds()).length;
      rows.push({
        name,
        hsds: { ...(await measure(args.rounds, async () => JSON.stringify(await runHsds()))), bytes },
        search: await measure(args.rounds, async () => JSON.stringify(await runSearch())),
      });
    }

    let dumpBytes = 0;
    const dumpStarted = performance.now();
    for (let page = 1; ; page++) {
      const answer = await hsds({ per_page: "1000", page: String(page), full: "true" });
      for (const record of answer.contents) dumpBytes += JSON.stringify(record).length + 1;
      if (answer.last_page) break;
    }
    const dumpMs = performance.now() - dumpStarted;
    const packageStarted = performance.now();
    const zip = await buildHsdsDataPackage();
    const packageMs = performance.now() - packageStarted;
    await prisma.$disconnect();

    const ms = (value: number) => value.toFixed(1).padStart(8);
    const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
    console.log(`\n=== HSDS API, ${first.total_items.toLocaleString("en")} services, ${args.rounds} rounds ===`);
    console.log(`answer               | HSDS p50     p95     JSON | search API p50  p95 (baseline)`);
    for (const row of rows) {
      console.log(
        `${row.name.padEnd(21)}|${ms(row.hsds.p50)}${ms(row.hsds.p95)}${`${(row.hsds.bytes / 1024).toFixed(0)} KB`.padStart(9)} |${ms(row.search.p50)}${ms(row.search.p95)}`,
      );
    }
    console.log(`every service fully nested (ndjson): ${(dumpMs / 1000).toFixed(1)} s, ${mb(dumpBytes)}`);
    console.log(`data package (21 CSVs, zipped): ${(packageMs / 1000).toFixed(1)} s, ${mb(zip.length)}`);
    if (values.json) {
      console.log(
        JSON.stringify({
          services: first.total_items,
          rounds: args.rounds,
          rows,
          dump: { ms: dumpMs, bytes: dumpBytes },
          dataPackage: { ms: packageMs, bytes: zip.length },
        }),
      );
    }
  } finally {
    database.remove();
  }
}

main()
  // The search indexer's timer of the imported app would wake on the deleted temporary database: end here.
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
