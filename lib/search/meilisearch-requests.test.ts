import {
  buildFilter,
  fromMeilisearchResults,
  meilisearchSettings,
  toMeilisearchOffer,
  toMeilisearchRequests,
} from "@/lib/search/meilisearch-requests";
import { coverageLocales, needs } from "@/lib/search/language-coverage";
import { makeSearchDocument, searchQuery } from "@/lib/search/offer-search-index.contract";
import { compoundPartsOf, foldText, splitWords } from "@/lib/search/text-analysis";

const now = new Date("2026-11-24T12:00:00Z");

describe("Meilisearch index settings", () => {
  test("filter on every facet, geo and validity, and sort by distance and dates", () => {
    expect(meilisearchSettings.filterableAttributes).toEqual(
      expect.arrayContaining(["municipalities", "topics", "languages", "audiences", "isFree", "_geo", "validUntilMs"]),
    );
    expect(meilisearchSettings.sortableAttributes).toEqual(
      expect.arrayContaining(["_geo", "updatedAtMs", "lastConfirmedAtMs"]),
    );
  });

  test("allow one typo from 5 letters and two from 9, know the jargon and German stop words", () => {
    expect(meilisearchSettings.typoTolerance).toMatchObject({ minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
    expect(meilisearchSettings.synonyms?.sprachkurs).toEqual(
      expect.arrayContaining(["deutschkurs", "integrationskurs"]),
    );
    expect(meilisearchSettings.stopWords).toContain("und");
  });

  test("rank relevance before freshness and availability", () => {
    const rules = meilisearchSettings.rankingRules ?? [];
    expect(rules.indexOf("exactness")).toBeLessThan(rules.indexOf("lastConfirmedAtMs:desc"));
    expect(rules.indexOf("lastConfirmedAtMs:desc")).toBeLessThan(rules.indexOf("availabilityRank:desc"));
  });
});

describe("toMeilisearchOffer", () => {
  test("adds compound parts and synonyms as searchable expansions and keeps the document for hits", () => {
    const document = makeSearchDocument({
      title: "Migrationsberatung",
      summary: "Deutschkurs nach Absprache",
      location: { lat: 51.9, lng: 8.4 },
    });
    const offer = toMeilisearchOffer(document, now);
    expect(offer.expansions).toEqual(expect.arrayContaining(["beratung", "kurs", "sprachkurs"]));
    expect(offer._geo).toEqual({ lat: 51.9, lng: 8.4 });
    expect(offer.validUntilMs).toBe(Number.MAX_SAFE_INTEGER);
    expect(offer.document).toBe(document);
  });
});

describe("toMeilisearchRequests", () => {
  test("ORs values within a facet, ANDs facets, and quotes values safely", () => {
    expect(
      buildFilter(
        { ...searchQuery("").filters, municipality: ["verl", 'x"y'], topic: ["sprache-bildung"], isFree: true },
        now,
      ),
    ).toEqual([
      `validUntilMs >= ${now.getTime()}`,
      'municipalities IN ["verl", "x\\"y"]',
      'topics IN ["sprache-bildung"]',
      "isFree = true",
    ]);
  });

  test("maps radius to metres and the bounding box to its corners", () => {
    const filter = buildFilter(
      {
        ...searchQuery("").filters,
        near: { lat: 51.9, lng: 8.5, radiusKm: 2.5 },
        bbox: { west: 8.1, south: 51.8, east: 8.6, north: 52.1 },
      },
      now,
    );
    expect(filter).toContain("_geoRadius(51.9, 8.5, 2500)");
    expect(filter).toContain("_geoBoundingBox([52.1, 8.6], [51.8, 8.1])");
  });

  test("asks once more per selected facet, without that facet's filter, for disjunctive counts", () => {
    const requests = toMeilisearchRequests(
      searchQuery("kurs", { filters: { municipality: ["verl"], language: ["uk"] } }),
      now,
    );
    expect(requests).toHaveLength(3);
    expect(requests[0]).toMatchObject({ q: "kurs", facets: ["topics", "audiences"], page: 1, hitsPerPage: 20 });
    expect(requests[1]!.filter).not.toContain('municipalities IN ["verl"]');
    expect(requests[1]!.filter).toContain('languages IN ["uk"]');
    expect(requests[1]).toMatchObject({ facets: ["municipalities"], hitsPerPage: 0 });
    expect(requests[2]!.filter).toContain('municipalities IN ["verl"]');
  });

  test("sorts by distance from the given point, and browses by freshness without words", () => {
    expect(
      toMeilisearchRequests(
        searchQuery("x", { sort: "distance", filters: { near: { lat: 1, lng: 2, radiusKm: 5 } } }),
        now,
      )[0]!.sort,
    ).toEqual(["_geoPoint(1, 2):asc"]);
    expect(toMeilisearchRequests(searchQuery(""), now)[0]!.sort).toEqual(["lastConfirmedAtMs:desc"]);
    expect(toMeilisearchRequests(searchQuery("kurs"), now)[0]!.sort).toBeUndefined();
  });
});

describe("fromMeilisearchResults", () => {
  test("reads hits, totals and facet counts from the main and the facet requests", () => {
    const document = makeSearchDocument({ title: "Sprachcafé", location: { lat: 51.88212, lng: 8.50829 } });
    const query = searchQuery("cafe", {
      filters: { municipality: ["verl"], near: { lat: 51.88212, lng: 8.50829, radiusKm: 5 } },
    });
    const result = fromMeilisearchResults(query, [
      {
        indexUid: "offers",
        hits: [{ document }],
        totalHits: 7,
        facetDistribution: { topics: { "sprache-bildung": 7 } },
      } as never,
      {
        indexUid: "offers",
        hits: [],
        totalHits: 9,
        facetDistribution: { municipalities: { verl: 7, rietberg: 2 } },
      } as never,
    ]);
    expect(result.total).toBe(7);
    expect(result.hits[0]).toEqual({ document, distanceKm: 0 });
    expect(result.facets).toEqual({
      municipality: { verl: 7, rietberg: 2 },
      topic: { "sprache-bildung": 7 },
      language: {},
      audience: {},
    });
  });
});

describe("the residents' languages, at the level of the requests (no Meilisearch server here)", () => {
  const synonyms = meilisearchSettings.synonyms ?? {};
  const stopWords = new Set(meilisearchSettings.stopWords ?? []);

  /** The query's words as Meilisearch reads them: its multi-word synonyms first, longest first; stop words out. */
  function units(q: string): string[] {
    const words = splitWords(foldText(q));
    const found: string[] = [];
    for (let i = 0; i < words.length;) {
      let length = Math.min(6, words.length - i);
      while (length > 1 && !synonyms[words.slice(i, i + length).join(" ")]) length--;
      const unit = words.slice(i, i + length).join(" ");
      if (length > 1 || !stopWords.has(unit)) found.push(unit);
      i += length;
    }
    return found;
  }

  /** A translated query finds every German hit when each of its words searches for one of the German words
   * (or for a compound part of one, which the documents' expansions hold). */
  function coversGerman(translated: string, german: string): boolean {
    const germanWords = units(queryOf(german)).flatMap((word) => [word, ...(synonyms[word] ?? [])]);
    const reachable = new Set(germanWords.flatMap((word) => [word, ...compoundPartsOf(word)]));
    return units(queryOf(translated)).every((unit) =>
      [unit, ...(synonyms[unit] ?? [])].some((word) => reachable.has(word)),
    );
  }
  const queryOf = (text: string) => toMeilisearchRequests(searchQuery(text), now)[0]!.q ?? "";

  test("ask for the German words: every need in every language maps onto the German query (≥ 90 % per language)", () => {
    const table: Record<string, number> = {};
    const misses: string[] = [];
    for (const locale of coverageLocales) {
      const covered = needs.filter((need) => coversGerman(need[locale], need.de));
      table[locale] = covered.length / needs.length;
      for (const need of needs) if (!covered.includes(need)) misses.push(`${locale}: ${need[locale]} → ${need.de}`);
    }
    console.log(`Meilisearch, needs whose words all map onto the German query's: ${JSON.stringify(table)}`);
    if (misses.length > 0) console.log(`not mapped:\n  ${misses.join("\n  ")}`);
    for (const locale of coverageLocales)
      expect({ locale, share: table[locale]! >= 0.9 }).toEqual({ locale, share: true });
  });

  test("leave out 'help' and stop words of other languages from the words that must match", () => {
    expect(toMeilisearchRequests(searchQuery("help with my homework"), now)[0]!.q).toBe("homework");
    expect(toMeilisearchRequests(searchQuery("Deutschkurs"), now)[0]!.q).toBe("Deutschkurs");
    expect(meilisearchSettings.stopWords).toEqual(expect.arrayContaining(["und", "with", "для", "için"].map(foldText)));
    expect(synonyms["danışmanlık"]).toContain("beratung");
    expect(synonyms["النساء"]).toContain("frauen");
  });
});
