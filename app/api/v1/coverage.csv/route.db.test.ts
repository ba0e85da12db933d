import { NextRequest } from "next/server";
import { GET as getCoverage } from "@/app/api/v1/coverage/route";
import { GET } from "@/app/api/v1/coverage.csv/route";
import type { Coverage } from "@/lib/gaps/coverage";
import { makeOffer, makeOrganisation, seedRegionForTest } from "@/tests/factories";
import { readCsv } from "@/tests/read-csv";
import { resetDatabase } from "@/tests/setup/reset-database";

const get = (handler: typeof GET, path: string) => handler(new NextRequest(`http://localhost${path}`));

beforeAll(async () => {
  await resetDatabase();
  await seedRegionForTest();
  const organisation = await makeOrganisation({ municipalitySlug: "verl" });
  await makeOffer(organisation.id, { municipalitySlugs: ["verl", "rietberg"], topicSlugs: ["arbeit-wirtschaft"] });
  await makeOffer(organisation.id, { isCountyWide: true, topicSlugs: ["arbeit-wirtschaft", "sprache-bildung"] });
});

test("the table as CSV, read back by csv-parse: one row per municipality and the county, figures as the JSON", async () => {
  const response = await get(GET, "/api/v1/coverage.csv?topic=arbeit-wirtschaft&locale=de");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  const rows = readCsv(await response.text());
  expect(rows[0]!.slice(0, 9)).toEqual([
    "Gemeinde",
    "Gemeindeschlüssel",
    "Einwohner",
    "Stand der Einwohnerzahl",
    "Quelle der Einwohnerzahl",
    "Alle Angebote: Angebote",
    "Alle Angebote: je 10.000 Einwohner",
    "Arbeit und Wirtschaft: Angebote",
    "Arbeit und Wirtschaft: je 10.000 Einwohner",
  ]);
  expect(rows).toHaveLength(1 + 13 + 1);
  const verl = rows.find((row) => row[0] === "Verl")!;
  expect(verl.slice(0, 9)).toEqual([
    "Verl",
    "05754044",
    "25691",
    "2023-12-31",
    "IT.NRW, Fortschreibung des Bevölkerungsstandes",
    "2",
    "0,78",
    "2",
    "0,78",
  ]);
  const json = (await (await get(getCoverage, "/api/v1/coverage?topic=arbeit-wirtschaft")).json()) as Coverage;
  const langenberg = json.municipalities.find((m) => m.slug === "langenberg")!;
  expect(rows.find((row) => row[0] === "Langenberg")![7]).toBe(String(langenberg.topics["arbeit-wirtschaft"]!.offers));
  expect(rows.at(-1)!.slice(0, 8)).toEqual([
    "Kreis Gütersloh insgesamt",
    "",
    "371319",
    "2018-12-31",
    "Summe der Gemeinden",
    "2",
    "0,05",
    "2",
  ]);
});

test("a bad filter is a 400 that names it, in JSON, not a CSV", async () => {
  const response = await get(GET, "/api/v1/coverage.csv?topic=Not%20A%20Slug");
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ error: { code: "invalid_query" } });
});
