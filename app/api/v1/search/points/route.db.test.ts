import { NextRequest } from "next/server";
import { GET } from "@/app/api/v1/search/points/route";
import { makeOffer, makeOrganisation, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

const get = (query: string) => GET(new NextRequest(`http://localhost/api/v1/search/points?${query}`));

beforeAll(async () => {
  await resetDatabase();
  await seedRegionForTest();
  const organisation = await makeOrganisation({ municipalitySlug: "verl" });
  // 25 located counselling offers (more than a page of 20) and one without a place.
  for (let i = 0; i < 25; i++) {
    await makeOffer(organisation.id, {
      title: `Beratung ${i}`,
      translations: i === 0 ? [{ locale: "ar", title: "استشارة", summary: "ملخص" }] : [],
      location: { lat: 51.88 + i / 1000, lng: 8.5 },
    });
  }
  await makeOffer(organisation.id, { title: "Beratung am Telefon" });
});

type Body = {
  total: number;
  located: number;
  capped: boolean;
  organisations: string[];
  points: [number, number, string, string, number][];
};

test("answers every located match, not one page, with organisations listed once", async () => {
  const response = await get("q=beratung&page=2&perPage=5");
  expect(response.status).toBe(200);
  const body = (await response.json()) as Body;
  expect(body).toMatchObject({ total: 26, located: 25, capped: false });
  expect(body.points).toHaveLength(25);
  expect(body.organisations).toHaveLength(1);
  for (const [lat, lng, slug, title, organisation] of body.points) {
    expect(lat).toBeGreaterThan(51.8);
    expect(lng).toBe(8.5);
    expect(slug).toMatch(/^offer-/);
    expect(title).toMatch(/^Beratung \d+$/);
    expect(body.organisations[organisation]).toEqual(expect.any(String));
  }
});

test("titles come in the reader's locale where translated, German otherwise", async () => {
  const body = (await (await get("q=beratung&locale=ar")).json()) as Body;
  const titles = body.points.map((point) => point[3]);
  expect(titles).toContain("استشارة");
  expect(titles.filter((title) => title.startsWith("Beratung"))).toHaveLength(24);
});

test("filters apply as in the list: a bounding box keeps only what lies inside", async () => {
  const body = (await (await get("q=beratung&bbox=8.4,51.879,8.6,51.8855")).json()) as Body;
  expect(body.total).toBe(body.located);
  expect(body.points.every(([lat]) => lat <= 51.8855)).toBe(true);
  expect(body.located).toBe(6); // 51.880 … 51.885, six of them
});

test("bad input answers 400 naming the parameter", async () => {
  const response = await get("bbox=9,9,1,1");
  expect(response.status).toBe(400);
  const body = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
  expect(body.error.code).toBe("invalid_query");
  expect(body.error.issues.map((issue) => issue.path)).toEqual(["bbox"]);
});
