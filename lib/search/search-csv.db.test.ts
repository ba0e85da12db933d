import { parse } from "csv-parse/sync";
import { prisma } from "@/lib/db";
import { searchCsv, searchCsvHref } from "@/lib/search/search-csv";
import { parseSearchRequest, type SearchRequest } from "@/lib/search/search-request";
import { makeOffer, makeOrganisation, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

const publicUrl = "https://atlas.example.org";

function request(query: string): SearchRequest {
  const parsed = parseSearchRequest(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.request;
}

/** The CSV as a spreadsheet program reads it (csv-parse, an independent reader), without the BOM. */
async function rows(query: string) {
  const csv = await searchCsv(request(query), publicUrl);
  expect(csv.text.startsWith("\uFEFF")).toBe(true);
  return { csv, rows: parse(csv.text.slice(1), { delimiter: ";", record_delimiter: "\r\n" }) };
}

let located: { id: string; slug: string };

beforeAll(async () => {
  await resetDatabase();
  await seedRegionForTest();
  const organisation = await makeOrganisation({ municipalitySlug: "rietberg" });
  located = await makeOffer(organisation.id, {
    title: "Migrationsberatung",
    municipalitySlugs: ["rietberg"],
    topicSlugs: ["zusammenleben-teilhabe"],
    translations: [{ locale: "en", title: "Migration counselling", summary: "Advice for newcomers" }],
    location: { lat: 51.8, lng: 8.43 },
  });
  const rietberg = await prisma.municipality.findFirstOrThrow({ where: { slug: "rietberg" } });
  await prisma.offer.update({
    where: { id: located.id },
    data: {
      locationName: "Rathaus",
      street: "Rathausstraße 36",
      postcode: "33397",
      locationMunicipalityId: rietberg.id,
    },
  });
  await makeOffer(organisation.id, { title: "Kreisweite Hotline", isCountyWide: true });
});

test("one row per hit with names, place, address, coordinates and the absolute page, in the requested locale", async () => {
  const { csv, rows: records } = await rows("municipality=rietberg&sort=updated&locale=en");

  expect(csv).toMatchObject({ total: 2, rows: 2, capped: false });
  expect(records[0]).toEqual([
    "Title",
    "Summary",
    "Organization",
    "Municipalities",
    "Topics",
    "Languages",
    "Target groups",
    "Free of charge",
    "Place",
    "Address",
    "Latitude",
    "Longitude",
    "Page (URL)",
    "Last confirmed",
  ]);
  const migration = records.find((record) => record[0] === "Migration counselling")!;
  expect(migration.slice(0, 13)).toEqual([
    "Migration counselling",
    "Advice for newcomers",
    expect.any(String),
    "Rietberg",
    expect.stringMatching(/\S/),
    "German",
    "",
    "yes",
    "Rathaus",
    "Rathausstraße 36, 33397 Rietberg",
    "51.8",
    "8.43",
    `${publicUrl}/en/angebote/${located.slug}`,
  ]);
  expect(migration[13]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // A county-wide offer serves Rietberg too, and says so instead of listing all thirteen municipalities.
  const hotline = records.find((record) => record[0] === "Kreisweite Hotline")!;
  expect(hotline[3]).toBe("in the whole district");
});

test("German headers and yes/no by default", async () => {
  const { rows: records } = await rows("q=migrationsberatung");

  expect(records[0]!.slice(0, 3)).toEqual(["Titel", "Kurzbeschreibung", "Organisation"]);
  expect(records[1]![7]).toBe("ja");
});

test("the results page links the CSV of its search: text, filters, order and locale, without paging", () => {
  expect(
    searchCsvHref(request("q=kurs&municipality=verl&topic=sprache-bildung&sort=updated&page=3&perPage=50&locale=ar")),
  ).toBe("/api/v1/search.csv?q=kurs&municipality=verl&topic=sprache-bildung&sort=updated&locale=ar");
});
