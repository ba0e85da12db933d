import { prisma } from "@/lib/db";
import { EmbeddedOfferIndex } from "@/lib/search/embedded-offer-index";
import { backoffMs, drainOutbox, reindexAll } from "@/lib/search/indexer";
import type { OfferSearchIndex } from "@/lib/search/offer-search-index";
import { searchQuery } from "@/lib/search/offer-search-index.contract";
import { enqueueOfferIndexing } from "@/lib/search/outbox";
import { makeOffer, makeOrganisation, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

/** The real embedded index behind a switch that makes every write fail, as a crashed engine would. */
class FailingSwitchIndex implements OfferSearchIndex {
  readonly engine = "embedded" as const;
  isDown = false;
  constructor(private readonly inner = new EmbeddedOfferIndex()) {}
  private check() {
    if (this.isDown) throw new Error("connect ECONNREFUSED 127.0.0.1:7700");
  }
  async upsert(...args: Parameters<OfferSearchIndex["upsert"]>) {
    this.check();
    return this.inner.upsert(...args);
  }
  async remove(...args: Parameters<OfferSearchIndex["remove"]>) {
    this.check();
    return this.inner.remove(...args);
  }
  async replaceAll(...args: Parameters<OfferSearchIndex["replaceAll"]>) {
    this.check();
    return this.inner.replaceAll(...args);
  }
  count() {
    return this.inner.count();
  }
  search(...args: Parameters<OfferSearchIndex["search"]>) {
    return this.inner.search(...args);
  }
  points(...args: Parameters<OfferSearchIndex["points"]>) {
    return this.inner.points(...args);
  }
}

/** An offer written the way every mutation writes: the row and its outbox event in one transaction. */
async function saveOffer(organisationId: string, title: string) {
  const offer = await makeOffer(organisationId, { title });
  await prisma.$transaction((tx) => enqueueOfferIndexing(tx, [offer.id]));
  return offer;
}

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

test("a saved offer is searchable after one drain, and an unpublished one disappears", async () => {
  const index = new EmbeddedOfferIndex();
  const organisation = await makeOrganisation();
  const offer = await saveOffer(organisation.id, "Nähcafé für alle");
  expect(await drainOutbox(index)).toEqual({ indexed: 1, failed: 0 });
  expect((await index.search(searchQuery("nähcafe"))).hits.map((hit) => hit.document.slug)).toEqual([offer.slug]);
  expect(await prisma.outboxEvent.count()).toBe(0);

  await prisma.$transaction(async (tx) => {
    await tx.offer.update({ where: { id: offer.id }, data: { status: "archived" } });
    await enqueueOfferIndexing(tx, [offer.id]);
  });
  await drainOutbox(index);
  expect(await index.count()).toBe(0);
});

test("while the engine is down 1,000 writes lose nothing; after it recovers the index converges", async () => {
  const index = new FailingSwitchIndex();
  const organisation = await makeOrganisation();
  index.isDown = true;
  for (let i = 0; i < 1_000; i++) await saveOffer(organisation.id, `Angebot Nummer ${i}`);

  let clock = new Date();
  const outcome = await drainOutbox(index, prisma, () => clock);
  expect(outcome).toEqual({ indexed: 0, failed: 500 });
  expect(await prisma.offer.count()).toBe(1_000);
  expect(await prisma.outboxEvent.count()).toBe(1_000);
  const failed = await prisma.outboxEvent.findFirstOrThrow({ where: { attempts: 1 } });
  expect(failed.lastError).toContain("ECONNREFUSED");
  expect(failed.availableAt.getTime()).toBe(clock.getTime() + backoffMs(1));

  index.isDown = false;
  clock = new Date(clock.getTime() + backoffMs(1) + 1);
  expect(await drainOutbox(index, prisma, () => clock)).toEqual({ indexed: 1_000, failed: 0 });
  expect(await index.count()).toBe(1_000);
  expect(await prisma.outboxEvent.count()).toBe(0);
});

test("back-off doubles from 2 s and stops growing at 5 minutes", () => {
  expect([1, 2, 3].map(backoffMs)).toEqual([2_000, 4_000, 8_000]);
  expect(backoffMs(20)).toBe(300_000);
});

test("a full reindex holds exactly the public offers and clears the outbox it covers", async () => {
  const organisation = await makeOrganisation();
  await saveOffer(organisation.id, "Öffentlich");
  await makeOffer(organisation.id, { title: "Entwurf", status: "draft" });
  const index = new EmbeddedOfferIndex();
  expect(await reindexAll(index)).toBe(1);
  expect(await index.count()).toBe(1);
  expect(await prisma.outboxEvent.count()).toBe(0);
});

test("one offer that cannot be indexed does not hold back the others in its batch", async () => {
  const inner = new EmbeddedOfferIndex();
  const organisation = await makeOrganisation();
  const good = await saveOffer(organisation.id, "Gutes Angebot");
  const bad = await saveOffer(organisation.id, "Kaputtes Angebot");
  const index: OfferSearchIndex = {
    engine: "embedded",
    upsert: async (documents) => {
      if (documents.some((d) => d.id === bad.id)) throw new Error("document rejected");
      await inner.upsert(documents);
    },
    remove: (ids) => inner.remove(ids),
    replaceAll: (documents) => inner.replaceAll(documents),
    count: () => inner.count(),
    search: (query) => inner.search(query),
    points: (query, limit) => inner.points(query, limit),
  };
  expect(await drainOutbox(index)).toEqual({ indexed: 1, failed: 1 });
  expect((await inner.search(searchQuery(""))).hits.map((hit) => hit.document.id)).toEqual([good.id]);
  expect(await prisma.outboxEvent.findMany({ select: { entityId: true, attempts: true } })).toEqual([
    { entityId: bad.id, attempts: 1 },
  ]);
});
