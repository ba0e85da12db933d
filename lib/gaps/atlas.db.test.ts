import { prisma } from "@/lib/db";
import { loadAtlas } from "@/lib/gaps/atlas";
import { getRegion } from "@/lib/region/region";
import { parseSearchRequest, type SearchRequest } from "@/lib/search/search-request";
import { makeEvent } from "@/tests/conference-factories";
import { actorFor, makeOffer, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

const request = (query: string): SearchRequest => {
  const parsed = parseSearchRequest(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.request;
};

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

test("rows sort thinnest first, show the change since the conference's month and the recommendations citing a gap", async () => {
  const organisation = await makeOrganisation({ municipalitySlug: "verl" });
  await makeOffer(organisation.id, { municipalitySlugs: ["verl"], topicSlugs: ["arbeit-wirtschaft"] });
  await makeEvent({
    status: "published",
    startsAt: new Date("2026-09-20T08:00:00Z"),
    endsAt: new Date("2026-09-20T16:00:00Z"),
  });
  await makeOffer(organisation.id, { municipalitySlugs: ["verl", "rietberg"], topicSlugs: ["arbeit-wirtschaft"] });
  // September's figures as the scheduler stored them: one offer in Verl, none elsewhere.
  const september = getRegion().municipalities.map((m) => {
    const offers = m.slug === "verl" ? 1 : 0;
    return { slug: m.slug, offers, per10k: 0, topics: { "arbeit-wirtschaft": { offers, per10k: 0 } }, languages: {} };
  });
  await prisma.coverageSnapshot.create({
    data: { month: "2026-09", coverageJson: JSON.stringify({ municipalities: september }) },
  });
  const group = await prisma.workingGroup.findFirstOrThrow({ select: { id: true } });
  await prisma.recommendation.create({
    data: {
      workingGroupId: group.id,
      title: "Jobcafé in Langenberg",
      text: "…",
      gapMunicipality: "langenberg",
      gapTopic: "arbeit-wirtschaft",
      gapOffers: 0,
      gapPer10k: 0,
      gapCitedAt: new Date(),
    },
  });

  const now = new Date("2026-12-04T10:00:00Z");
  const view = await loadAtlas(request("topic=arbeit-wirtschaft"), null, { by: "per10k", order: "asc" }, now);
  expect(view.key).toEqual({ kind: "topic", slug: "arbeit-wirtschaft" });
  expect(view.comparison?.month).toBe("2026-09");
  const bySlug = new Map(view.rows.map((row) => [row.slug, row]));
  expect(bySlug.get("verl")).toMatchObject({ offers: 2, change: 1, classIndex: expect.any(Number) });
  expect(bySlug.get("rietberg")).toMatchObject({ offers: 1, change: 1 });
  expect(bySlug.get("langenberg")).toMatchObject({ offers: 0, change: 0, classIndex: 0, recommendationCount: 1 });
  expect(bySlug.get("verl")!.searchHref).toBe("/de/angebote?municipality=verl&topic=arbeit-wirtschaft");
  expect(view.rows.at(-1)!.slug).toBe("verl"); // 2 offers for 25,691 residents: the best served
  // Signed out: the count of citing recommendations, not their titles, and no unmet searches.
  expect(view.recommendations).toEqual([]);
  expect(view.unmetSearches).toBeNull();

  const admin = await actorFor((await makeUser({ isAdmin: true })).id);
  const asAdmin = await loadAtlas(request("topic=arbeit-wirtschaft"), admin, { by: "name", order: "desc" }, now);
  expect(asAdmin.recommendations.map((r) => r.title)).toEqual(["Jobcafé in Langenberg"]);
  expect(asAdmin.unmetSearches).toEqual([]);
  expect(asAdmin.rows[0]!.name).toBe("Werther (Westf.)");

  // A filter the snapshot did not keep has no change to show, and sorting by it falls back to per 10,000.
  const filtered = await loadAtlas(
    request("topic=arbeit-wirtschaft&free=true"),
    null,
    { by: "change", order: "desc" },
    now,
  );
  expect(filtered.comparison).toBeNull();
  expect(filtered.sort).toEqual({ by: "per10k", order: "asc" });
  expect(filtered.rows.every((row) => row.change === null)).toBe(true);
});
