import { prisma } from "@/lib/db";
import { measureCoverage, per10k } from "@/lib/gaps/coverage";
import { getRegion } from "@/lib/region/region";
import { EmbeddedOfferIndex } from "@/lib/search/embedded-offer-index";
import { iterateOfferDocuments } from "@/lib/search/offer-document";
import type { OfferSearchDocument, OfferSearchFilters } from "@/lib/search/offer-search-index";
import { seedDatabase } from "@/lib/seed/seed-database";
import { resetDatabase } from "@/tests/setup/reset-database";

// The atlas counts as search finds: on the demo data (`npm start`'s 400 offers), every municipality × core
// topic figure is the total of the search for that municipality and topic, with and without more filters.

const NOW = new Date("2026-12-04T10:00:00Z");
const region = getRegion();
let index: EmbeddedOfferIndex;

const filters = (overrides: Partial<OfferSearchFilters>): OfferSearchFilters => ({
  municipality: [],
  topic: [],
  language: [],
  audience: [],
  isFree: false,
  near: null,
  bbox: null,
  ...overrides,
});

const searchTotal = async (text: string, f: OfferSearchFilters) =>
  (await index.search({ text, filters: f, sort: "relevance", page: 1, perPage: 1, now: NOW })).total;

beforeAll(async () => {
  await resetDatabase();
  await seedDatabase(prisma, region, { mode: "demo", offers: 400, now: NOW });
  const documents: OfferSearchDocument[] = [];
  for await (const batch of iterateOfferDocuments(2_000, prisma)) documents.push(...batch);
  index = new EmbeddedOfferIndex();
  await index.replaceAll(documents);
}, 120_000);

test.each([
  ["no filter", "", {}],
  ["served in Arabic", "", { language: ["ar"] }],
  ["in Ukrainian or Russian, free of charge", "", { language: ["uk", "ru"], isFree: true }],
  ["for women", "", { audience: ["frauen"] }],
  ["text 'Beratung'", "Beratung", {}],
] as [string, string, Partial<OfferSearchFilters>][])(
  "every municipality × topic equals what search finds (%s)",
  async (_name, text, base) => {
    const coverage = await measureCoverage({ text, filters: filters(base) }, { index, now: NOW });
    expect(coverage.municipalities.map((m) => m.slug)).toEqual(region.municipalities.map((m) => m.slug));
    let nonZero = 0;
    for (const municipality of coverage.municipalities) {
      expect(municipality.offers).toBe(
        await searchTotal(text, filters({ ...base, municipality: [municipality.slug] })),
      );
      for (const topic of region.topics) {
        const expected = await searchTotal(
          text,
          filters({ ...base, municipality: [municipality.slug], topic: [topic.slug] }),
        );
        expect({ [`${municipality.slug}/${topic.slug}`]: municipality.topics[topic.slug]!.offers }).toEqual({
          [`${municipality.slug}/${topic.slug}`]: expected,
        });
        if (expected > 0) nonZero += 1;
      }
    }
    expect(nonZero).toBeGreaterThan(0);
    expect(coverage.totals.offers).toBe(await searchTotal(text, filters(base)));
  },
);

test("per language of service, each figure equals the search for that municipality and language", async () => {
  const coverage = await measureCoverage(
    { text: "", filters: filters({ topic: ["arbeit-wirtschaft"] }) },
    { index, now: NOW },
  );
  expect(Object.keys(coverage.municipalities[0]!.topics)).toEqual(["arbeit-wirtschaft"]);
  for (const code of region.serviceLanguages) expect(coverage.municipalities[0]!.languages[code]).toBeDefined();
  for (const municipality of coverage.municipalities)
    for (const [code, figure] of Object.entries(municipality.languages))
      expect({ [`${municipality.slug}/${code}`]: figure.offers }).toEqual({
        [`${municipality.slug}/${code}`]: await searchTotal(
          "",
          filters({ municipality: [municipality.slug], topic: ["arbeit-wirtschaft"], language: [code] }),
        ),
      });
});

test("per 10,000 residents from the region's population, with its date and source", async () => {
  const coverage = await measureCoverage({ text: "", filters: filters({}) }, { index, now: NOW });
  const guetersloh = coverage.municipalities.find((m) => m.slug === "guetersloh")!;
  expect(guetersloh).toMatchObject({
    name: "Gütersloh",
    population: 102_464,
    populationDate: "2023-12-31",
    populationSource: "IT.NRW, Fortschreibung des Bevölkerungsstandes",
  });
  expect(guetersloh.per10k).toBeCloseTo((guetersloh.offers / 102_464) * 10_000, 2);
  const topic = guetersloh.topics["sprache-bildung"]!;
  expect(topic.per10k).toBe(Math.round((topic.offers / 102_464) * 1_000_000) / 100);
  expect(coverage.municipalities.find((m) => m.slug === "herzebrock-clarholz")!.populationSource).toMatch(/Destatis/);
  expect(coverage.totals.population).toBe(region.municipalities.reduce((sum, m) => sum + m.population, 0));
  expect(per10k(3, 25_691)).toBe(1.17);
  expect(per10k(0, 0)).toBeNull();
});
