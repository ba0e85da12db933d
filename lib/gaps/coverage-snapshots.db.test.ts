import { prisma } from "@/lib/db";
import type { Coverage } from "@/lib/gaps/coverage";
import { comparisonSnapshot, takeCoverageSnapshot } from "@/lib/gaps/coverage-snapshots";
import { makeEvent } from "@/tests/conference-factories";
import { makeOffer, makeOrganisation, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

test("one snapshot a month; the comparison is the month of the last conference that has begun", async () => {
  const organisation = await makeOrganisation({ municipalitySlug: "verl" });
  await makeOffer(organisation.id, { municipalitySlugs: ["verl"], topicSlugs: ["arbeit-wirtschaft"] });

  expect(await takeCoverageSnapshot(new Date("2026-09-10T10:00:00Z"))).toBe("2026-09");
  expect(await takeCoverageSnapshot(new Date("2026-09-30T10:00:00Z"))).toBeNull();
  expect(await takeCoverageSnapshot(new Date("2026-10-01T10:00:00Z"))).toBe("2026-10");
  expect(await takeCoverageSnapshot(new Date("2026-12-01T10:00:00Z"))).toBe("2026-12");
  const stored = JSON.parse(
    (await prisma.coverageSnapshot.findUniqueOrThrow({ where: { month: "2026-09" } })).coverageJson,
  ) as Coverage;
  expect(stored.municipalities.find((m) => m.slug === "verl")!.topics["arbeit-wirtschaft"]!.offers).toBe(1);

  const now = new Date("2026-12-04T10:00:00Z");
  // Without a conference: the newest month before this one.
  expect((await comparisonSnapshot(now))?.month).toBe("2026-10");
  await makeEvent({
    status: "published",
    startsAt: new Date("2026-09-20T08:00:00Z"),
    endsAt: new Date("2026-09-20T16:00:00Z"),
  });
  await makeEvent({
    status: "published",
    startsAt: new Date("2027-03-01T08:00:00Z"),
    endsAt: new Date("2027-03-01T16:00:00Z"),
  });
  const comparison = await comparisonSnapshot(now);
  expect(comparison).toMatchObject({ month: "2026-09", conference: { startsAt: "2026-09-20T08:00:00.000Z" } });
  expect(comparison!.coverage.municipalities.find((m) => m.slug === "verl")!.offers).toBe(1);
});
