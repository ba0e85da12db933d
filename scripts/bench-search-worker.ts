// In-process half of `npm run bench:search`, run by scripts/bench-search.ts with DATABASE_URL and DATA_DIR of
// a seeded temporary database: full reindex, the query mix against the embedded index and against a naive
// Prisma `contains` implementation, and the time until a saved offer is searchable. Prints JSON.
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { publishedOfferWhere } from "@/lib/offers/visibility";
import { EmbeddedOfferIndex } from "@/lib/search/embedded-offer-index";
import { saveSnapshot, snapshotFile } from "@/lib/search/embedded-snapshot";
import { drainOutbox, reindexAll } from "@/lib/search/indexer";
import { enqueueOfferIndexing } from "@/lib/search/outbox";
import { parseSearchRequest, type SearchRequest } from "@/lib/search/search-request";
import { benchQueryMix } from "./bench-search-mix";
import { percentiles } from "./bench-support";

/** The obvious implementation without a search engine: LIKE on three columns, relation filters, counts. */
async function naiveSearch(request: SearchRequest) {
  const words = request.text.split(/\s+/).filter(Boolean);
  const { filters } = request;
  const conditions: Prisma.OfferWhereInput[] = words.map((word) => ({
    OR: [{ title: { contains: word } }, { summary: { contains: word } }, { description: { contains: word } }],
  }));
  if (filters.municipality.length)
    conditions.push({
      OR: [
        { isCountyWide: true },
        { municipalities: { some: { municipality: { slug: { in: filters.municipality } } } } },
      ],
    });
  if (filters.topic.length) conditions.push({ topics: { some: { topic: { slug: { in: filters.topic } } } } });
  if (filters.language.length) conditions.push({ languages: { some: { language: { in: filters.language } } } });
  if (filters.audience.length)
    conditions.push({ audiences: { some: { audience: { slug: { in: filters.audience } } } } });
  if (filters.isFree) conditions.push({ costKind: "free" });
  if (filters.near) {
    const d = filters.near.radiusKm / 111;
    conditions.push({
      lat: { gte: filters.near.lat - d, lte: filters.near.lat + d },
      lng: { gte: filters.near.lng - d * 1.6, lte: filters.near.lng + d * 1.6 },
    });
  }
  if (filters.bbox)
    conditions.push({
      lat: { gte: filters.bbox.south, lte: filters.bbox.north },
      lng: { gte: filters.bbox.west, lte: filters.bbox.east },
    });
  const where: Prisma.OfferWhereInput = { ...publishedOfferWhere(), AND: conditions };
  const [total, hits, municipalityCounts, topicCounts, languageCounts, audienceCounts] = await Promise.all([
    prisma.offer.count({ where }),
    prisma.offer.findMany({
      where,
      select: { id: true, slug: true, title: true, summary: true },
      orderBy: { lastConfirmedAt: "desc" },
      take: request.perPage,
    }),
    prisma.offerMunicipality.groupBy({ by: ["municipalityId"], where: { offer: where }, _count: { _all: true } }),
    prisma.offerTopic.groupBy({ by: ["topicId"], where: { offer: where }, _count: { _all: true } }),
    prisma.offerLanguage.groupBy({ by: ["language"], where: { offer: where }, _count: { _all: true } }),
    prisma.offerAudience.groupBy({ by: ["audienceId"], where: { offer: where }, _count: { _all: true } }),
  ]);
  return { total, hits, facets: [municipalityCounts, topicCounts, languageCounts, audienceCounts] };
}

async function measure(label: string, rounds: number, run: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return { label, ...percentiles(times) };
}

async function main() {
  const rounds = Number(process.argv[2] ?? 50);
  const index = new EmbeddedOfferIndex();
  const heapBefore = process.memoryUsage().heapUsed;
  let started = performance.now();
  const documents = await reindexAll(index);
  const reindexSeconds = (performance.now() - started) / 1000;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  started = performance.now();
  saveSnapshot(index, snapshotFile(env.DATA_DIR), new Date());
  const snapshotSeconds = (performance.now() - started) / 1000;

  const results = [];
  for (const { name, query } of benchQueryMix) {
    const parsed = parseSearchRequest(new URLSearchParams(query));
    if (!parsed.ok) throw new Error(`bench query ${name} is invalid`);
    const request = parsed.request;
    const engine = await measure(name, rounds, () => index.search(request));
    const naive = await measure(name, Math.max(5, Math.round(rounds / 5)), () => naiveSearch(request));
    results.push({ name, engine, naive, speedup: naive.p50 / engine.p50 });
  }

  // A saved offer: row + outbox event in one transaction, then one drain (what happens after every commit).
  const organisation = await prisma.organisation.findFirstOrThrow({ select: { id: true } });
  started = performance.now();
  await prisma.$transaction(async (tx) => {
    const offer = await tx.offer.create({
      data: {
        slug: `bench-${Date.now()}`,
        organisationId: organisation.id,
        title: "Zitronenfaltercafe",
        summary: "Bench",
        description: "Bench",
        status: "published",
      },
    });
    await enqueueOfferIndexing(tx, [offer.id]);
  });
  await drainOutbox(index);
  const found = (
    await index.search({
      ...(parseSearchRequest(new URLSearchParams("q=zitronenfaltercafe")) as { ok: true; request: SearchRequest })
        .request,
    })
  ).total;
  const savedToSearchableMs = performance.now() - started;

  console.log(
    JSON.stringify({ documents, reindexSeconds, snapshotSeconds, heapMb, results, savedToSearchableMs, found }),
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => void prisma.$disconnect());
