import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { prisma } from "@/lib/db";
import { listServices } from "@/lib/hsds/queries";
import { ServicesRequestSchema } from "@/lib/hsds/request";
import { buildHsdsDataPackage } from "@/lib/hsds/tabular";
import { createCliImportRun, runImport } from "@/lib/import/import-runs";
import { planImport } from "@/lib/import/plan-import";
import { readImportFile, recordsOf } from "@/lib/import/read-import-file";
import { seedDemoDataForTest, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

// Another county's instance (or this one after a move) takes this platform's own data package: every exported
// service can be imported, with its topics, languages and places.

test("the data package of one instance imports into an empty one, every service of it", async () => {
  await resetDatabase();
  await seedDemoDataForTest(80);
  const exported = await listServices(ServicesRequestSchema.parse({ per_page: "1000" }));
  const zip = await buildHsdsDataPackage();
  const before = await offerFacts("published");

  await resetDatabase();
  await seedRegionForTest();
  const source = await readImportFile("integrationsatlas.zip", zip);
  expect(source.format).toBe("hsds-package");
  const plan = await planImport("integrationsatlas", recordsOf(source));
  const skipped = plan.rows.map((row) => row.report).filter((report) => report.outcome === "skipped");
  expect(skipped).toEqual([]);
  expect(plan.counts).toMatchObject({ total: exported.total_items, created: exported.total_items });

  const directory = mkdtempSync(path.join(tmpdir(), "atlas-round-trip-"));
  writeFileSync(path.join(directory, "integrationsatlas.zip"), zip);
  const { run } = await createCliImportRun(path.join(directory, "integrationsatlas.zip"), "integrationsatlas");
  expect(await runImport(run.id, null)).toMatchObject({ created: exported.total_items, skipped: 0 });
  // Title, online or not, the schedule's words, topics, target groups, languages, weekly times and coordinates.
  expect(await offerFacts("in_review")).toEqual(before);
});

/** What should survive the trip, of the offers of one status (exported: published; imported: in review). */
async function offerFacts(status: string) {
  const offers = await prisma.offer.findMany({
    where: { status },
    select: {
      title: true,
      isOnline: true,
      scheduleText: true,
      lat: true,
      lng: true,
      topics: { select: { topic: { select: { slug: true } } } },
      audiences: { select: { audience: { select: { slug: true } } } },
      languages: { select: { language: true } },
      scheduleSlots: { select: { weekday: true, startTime: true, endTime: true } },
    },
  });
  return offers
    .map((offer) => ({
      title: offer.title,
      isOnline: offer.isOnline,
      scheduleText: offer.scheduleText,
      place: offer.lat === null ? null : [offer.lat.toFixed(5), offer.lng?.toFixed(5)],
      topics: offer.topics.map(({ topic }) => topic.slug).sort(),
      audiences: offer.audiences.map(({ audience }) => audience.slug).sort(),
      languages: offer.languages.map(({ language }) => language).sort(),
      slots: offer.scheduleSlots.map((slot) => `${slot.weekday} ${slot.startTime}-${slot.endTime}`).sort(),
    }))
    .sort((a, b) => a.title.localeCompare(b.title) || JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
