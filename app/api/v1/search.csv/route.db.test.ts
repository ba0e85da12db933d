import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { GET } from "@/app/api/v1/search.csv/route";
import { GET as getSearch } from "@/app/api/v1/search/route";
import { makeOffer, makeOrganisation, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

const get = (query: string) => GET(new NextRequest(`http://localhost/api/v1/search.csv?${query}`));

/** The CSV as a spreadsheet program reads it: BOM, ";" and CRLF (csv-parse, an independent reader). */
async function rows(response: Response): Promise<string[][]> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes.slice(3));
  expect(text.endsWith("\r\n")).toBe(true);
  return parse(text, { delimiter: ";", record_delimiter: "\r\n" });
}

beforeAll(async () => {
  await resetDatabase();
  await seedRegionForTest();
  const organisation = await makeOrganisation({ municipalitySlug: "verl" });
  // 45 counselling offers (more than two pages of 20), one of them with a title that starts like a formula.
  for (let i = 0; i < 44; i++)
    await makeOffer(organisation.id, { title: `Beratung ${i}`, municipalitySlugs: ["verl"] });
  await makeOffer(organisation.id, {
    title: '=HYPERLINK("https://evil.example","Beratung")',
    municipalitySlugs: ["rietberg"],
    translations: [{ locale: "en", title: "Counselling in Rietberg", summary: "Advice" }],
  });
  await makeOffer(organisation.id, { title: "Sprachcafé", municipalitySlugs: ["verl"] });
});

test("every hit of the search is one row, not one page, in the order of the list", async () => {
  const response = await get("q=beratung&page=2&perPage=5&sort=updated");

  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  expect(response.headers.get("content-disposition")).toBe('attachment; filename="angebote.csv"');
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("x-total-count")).toBe("45");
  expect(response.headers.get("x-capped")).toBe("false");
  const [header, ...records] = await rows(response);
  expect(header![0]).toBe("Titel");
  expect(records).toHaveLength(45);
  // The same order as the list: the first page of the API with the same sort.
  const list = (await (
    await getSearch(new NextRequest("http://localhost/api/v1/search?q=beratung&sort=updated"))
  ).json()) as {
    total: number;
    hits: { title: string }[];
  };
  expect(list.total).toBe(45);
  expect(records.slice(0, 20).map((record) => record[0]!.replace(/^'/, ""))).toEqual(list.hits.map((hit) => hit.title));
});

test("filters and the locale apply as in the search; a formula-like title stays text", async () => {
  const [englishHeader, english] = await rows(await get("municipality=rietberg&locale=en"));
  const [, german, ...more] = await rows(await get("municipality=rietberg"));

  expect([englishHeader![0], english![0]]).toEqual(["Title", "Counselling in Rietberg"]);
  expect(more).toEqual([]);
  expect(german![0]).toBe(`'=HYPERLINK("https://evil.example","Beratung")`);
});

test("a search without hits is a header row only", async () => {
  const [header, ...records] = await rows(await get("q=gibtesnichtxyz"));

  expect(header).toHaveLength(14);
  expect(records).toEqual([]);
});

test("invalid parameters answer the JSON error of /api/v1/search, never cached", async () => {
  const response = await get("radius=500&near=51.9&perPage=0");

  expect(response.status).toBe(400);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
  expect(body.error.code).toBe("invalid_query");
  expect(body.error.issues.map((issue) => issue.path).sort()).toEqual(["near", "perPage", "radius"]);
});
