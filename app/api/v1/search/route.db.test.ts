import fc from "fast-check";
import { NextRequest } from "next/server";
import { GET } from "@/app/api/v1/search/route";
import { makeOffer, makeOrganisation, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

const get = (query: string) => GET(new NextRequest(`http://localhost/api/v1/search?${query}`));

beforeAll(async () => {
  await resetDatabase();
  await seedRegionForTest();
  const organisation = await makeOrganisation({ municipalitySlug: "verl" });
  await makeOffer(organisation.id, { title: "Deutschkurs am Abend", municipalitySlugs: ["verl"] });
  await makeOffer(organisation.id, {
    title: "Migrationsberatung",
    municipalitySlugs: ["rietberg"],
    topicSlugs: ["zusammenleben-teilhabe"],
  });
});

test("answers the documented shape with self-contained hits", async () => {
  const response = await get("q=deutchkurs&locale=en");
  expect(response.status).toBe(200);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ total: 1, page: 1, perPage: 20, engine: "embedded" });
  expect(body.tookMs).toEqual(expect.any(Number));
  expect((body.hits as unknown[])[0]).toMatchObject({
    slug: expect.any(String),
    title: "Deutschkurs am Abend",
    url: expect.stringMatching(/^\/en\/angebote\//),
    organisation: { slug: expect.any(String), name: expect.any(String) },
    municipalities: ["verl"],
    topics: ["sprache-bildung"],
    languages: ["de"],
    free: true,
  });
  expect(body.facets).toMatchObject({ municipality: { verl: 1 }, topic: {}, language: {}, audience: {} });
});

test("repeated values are OR and facet counts disjunctive", async () => {
  const body = (await (await get("municipality=verl&municipality=rietberg")).json()) as {
    total: number;
    facets: { municipality: object };
  };
  expect(body.total).toBe(2);
  const single = (await (await get("municipality=verl")).json()) as { total: number; facets: { municipality: object } };
  expect(single.total).toBe(1);
  expect(single.facets.municipality).toEqual({ verl: 1, rietberg: 1 });
});

test("bad input answers 400 naming each parameter", async () => {
  const response = await get("radius=500&near=51.9&sort=distance&perPage=0&municipality=Not%20A%20Slug");
  expect(response.status).toBe(400);
  const body = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
  expect(body.error.code).toBe("invalid_query");
  expect(body.error.issues.map((issue) => issue.path).sort()).toEqual(["municipality.0", "near", "perPage", "radius"]);
});

test("distance sorting without a point is refused with a reason", async () => {
  const body = (await (await get("sort=distance")).json()) as {
    error: { issues: { path: string; message: string }[] };
  };
  expect(body.error.issues).toEqual([{ path: "sort", message: "distance needs near=lat,lng" }]);
});

test("no query string, however malformed, gets a 5xx or its input echoed back", async () => {
  const keys = fc.constantFrom(
    "q",
    "municipality",
    "topic",
    "language",
    "audience",
    "free",
    "near",
    "radius",
    "bbox",
    "sort",
    "page",
    "perPage",
    "locale",
    "x",
  );
  const values = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.constantFrom("<script>alert(1)</script>", "51.9,8.5", "8,51,9,52", "-1", "1e309", "NaN", "true"),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(keys, values), { maxLength: 8 }), async (pairs) => {
      const params = new URLSearchParams(pairs);
      const response = await GET(new NextRequest(`http://localhost/api/v1/search?${params.toString()}`));
      expect(response.status).toBeLessThan(500);
      if (response.status === 400) {
        const text = await response.text();
        expect(text).not.toContain("<script>");
      }
    }),
    { numRuns: 300 },
  );
});
