// One behaviour for both engines: every adapter's test file runs this suite against its own index.
import type {
  OfferSearchDocument,
  OfferSearchFilters,
  OfferSearchIndex,
  OfferSearchQuery,
} from "@/lib/search/offer-search-index";

const NOW = new Date("2026-11-24T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

// Real places of the region: Verl centre, Versmold centre (≈27 km apart), Gütersloh centre.
const VERL = { lat: 51.88212, lng: 8.50829 };
const VERSMOLD = { lat: 52.04005, lng: 8.1555 };
const GUETERSLOH = { lat: 51.90959, lng: 8.38107 };

let sequence = 0;
export function makeSearchDocument(overrides: Partial<OfferSearchDocument> & { title: string }): OfferSearchDocument {
  sequence += 1;
  const slug = overrides.slug ?? `angebot-${sequence}`;
  return {
    id: `offer-${sequence}`,
    slug,
    summary: "",
    text: "",
    translations: {},
    organisation: { id: "organisation-1", slug: "verein", name: "Verein Miteinander" },
    municipalities: ["verl"],
    isCountyWide: false,
    topics: ["sprache-bildung"],
    languages: ["de"],
    audiences: [],
    isFree: true,
    location: VERL,
    availability: "unknown",
    availabilitySetAt: null,
    updatedAt: daysAgo(10),
    lastConfirmedAt: daysAgo(10),
    validUntil: null,
    ...overrides,
  };
}

const noFilters: OfferSearchFilters = {
  municipality: [],
  topic: [],
  language: [],
  audience: [],
  isFree: false,
  near: null,
  bbox: null,
};

export function searchQuery(
  text: string,
  overrides: Partial<Omit<OfferSearchQuery, "filters">> & { filters?: Partial<OfferSearchFilters> } = {},
): OfferSearchQuery {
  return {
    text,
    sort: "relevance",
    page: 1,
    perPage: 20,
    now: NOW,
    ...overrides,
    filters: { ...noFilters, ...overrides.filters },
  };
}

const corpus = [
  makeSearchDocument({
    slug: "deutschkurs",
    title: "Deutschkurs für Anfängerinnen und Anfänger",
    summary: "Deutsch lernen in kleiner Gruppe.",
    topics: ["sprache-bildung"],
    municipalities: ["verl"],
    location: VERL,
    languages: ["de", "uk"],
  }),
  makeSearchDocument({
    slug: "migrationsberatung",
    title: "Migrationsberatung für Erwachsene",
    summary: "Beratung zu Aufenthalt und Arbeit.",
    topics: ["zusammenleben-teilhabe"],
    municipalities: ["versmold"],
    location: VERSMOLD,
    languages: ["de", "ar"],
    isFree: true,
  }),
  makeSearchDocument({
    slug: "sozialberatung",
    title: "Sozialberatung",
    summary: "Hilfe bei Anträgen.",
    topics: ["zusammenleben-teilhabe"],
    municipalities: ["verl"],
    location: VERL,
    languages: ["de", "tr"],
  }),
  makeSearchDocument({
    slug: "kita",
    title: "Kita-Einstieg",
    summary: "Spielgruppe für Kinder ohne Kitaplatz.",
    topics: ["sprache-bildung"],
    audiences: ["familien"],
    municipalities: ["rietberg"],
    location: null,
  }),
  makeSearchDocument({
    slug: "sprachcafe",
    title: "Sprachcafé",
    summary: "Deutsch sprechen üben bei Kaffee.",
    translations: {
      uk: { title: "Мовне кафе", summary: "Практикуйте німецьку за кавою." },
      ar: { title: "مقهى اللغة", summary: "تدرّب على الألمانية" },
    },
    topics: ["sprache-bildung", "zusammenleben-teilhabe"],
    municipalities: ["guetersloh"],
    location: GUETERSLOH,
    isFree: false,
  }),
  makeSearchDocument({
    slug: "strassenfest",
    title: "Straßenfest der Kulturen",
    summary: "Nachbarschaft feiern.",
    topics: ["zusammenleben-teilhabe"],
    municipalities: ["verl"],
    location: VERL,
  }),
  makeSearchDocument({
    slug: "fluechtlingshilfe",
    title: "Begleitung für Geflüchtete",
    summary: "Ehrenamtliche helfen im Alltag.",
    topics: ["zusammenleben-teilhabe"],
    municipalities: ["versmold"],
    location: VERSMOLD,
  }),
];

const slugs = (result: { hits: { document: OfferSearchDocument }[] }) => result.hits.map((hit) => hit.document.slug);

export function describeOfferSearchIndexContract(makeIndex: () => Promise<OfferSearchIndex>): void {
  let index: OfferSearchIndex;

  beforeAll(async () => {
    index = await makeIndex();
    await index.replaceAll(corpus);
  });

  test("counts its documents", async () => {
    expect(await index.count()).toBe(corpus.length);
  });

  test("an empty query browses everything, recently confirmed first", async () => {
    const result = await index.search(searchQuery(""));
    expect(result.total).toBe(corpus.length);
  });

  test("tolerates a typo: 'Deutchkurs' finds the Deutschkurs", async () => {
    expect(slugs(await index.search(searchQuery("Deutchkurs")))).toContain("deutschkurs");
  });

  test("matches prefixes while typing: 'deutschk' and 'migrat'", async () => {
    expect(slugs(await index.search(searchQuery("deutschk")))).toContain("deutschkurs");
    expect(slugs(await index.search(searchQuery("migrat")))).toContain("migrationsberatung");
  });

  test("splits compounds: 'beratung' finds Migrationsberatung and Sozialberatung, 'kurs' the Deutschkurs", async () => {
    expect(slugs(await index.search(searchQuery("beratung"))).sort()).toEqual(["migrationsberatung", "sozialberatung"]);
    expect(slugs(await index.search(searchQuery("kurs")))).toContain("deutschkurs");
  });

  test("knows the jargon: 'Sprachkurs' finds the Deutschkurs, 'Kindergarten' the Kita", async () => {
    expect(slugs(await index.search(searchQuery("Sprachkurs")))).toContain("deutschkurs");
    expect(slugs(await index.search(searchQuery("Kindergarten")))).toContain("kita");
  });

  test("folds ß and umlauts: 'Strassenfest' and 'Gefluchtete' find their offers", async () => {
    expect(slugs(await index.search(searchQuery("Strassenfest")))).toContain("strassenfest");
    expect(slugs(await index.search(searchQuery("Gefluchtete")))).toContain("fluechtlingshilfe");
  });

  test("finds offers through their translations in Ukrainian and Arabic", async () => {
    expect(slugs(await index.search(searchQuery("мовне")))).toEqual(["sprachcafe"]);
    expect(slugs(await index.search(searchQuery("مقهى")))).toEqual(["sprachcafe"]);
  });

  test("finds in the residents' languages what German finds: 'danışmanlık' and 'консультація' the Beratung", async () => {
    const german = slugs(await index.search(searchQuery("Beratung"))).sort();
    expect(german).toEqual(["migrationsberatung", "sozialberatung"]);
    for (const query of ["danışmanlık", "danismanlik", "консультація", "استشارة", "counselling", "doradztwo"]) {
      expect({ query, slugs: slugs(await index.search(searchQuery(query))).sort() }).toEqual({ query, slugs: german });
    }
    expect(slugs(await index.search(searchQuery("дитячий садок")))).toEqual(["kita"]);
  });

  describe("words of other languages and typos the stemmer would hide", () => {
    let own: OfferSearchIndex;
    beforeAll(async () => {
      own = await makeIndex();
      await own.replaceAll([
        makeSearchDocument({
          slug: "tuerkisch-arabisch",
          title: "Sozialberatung in türkischer und arabischer Sprache",
        }),
        // offer-document.ts puts the German audience and topic names into the searchable text.
        makeSearchDocument({
          slug: "frauentreff",
          title: "Treffpunkt International",
          text: "Frauen",
          audiences: ["frauen"],
        }),
      ]);
    });

    test("one wrong letter in a long word keeps the match: 'arabiecher' finds what 'arabischer' finds", async () => {
      expect(slugs(await own.search(searchQuery("arabischer")))).toEqual(["tuerkisch-arabisch"]);
      expect(slugs(await own.search(searchQuery("arabiecher")))).toEqual(["tuerkisch-arabisch"]);
    });

    test("audience names match in every language: 'نساء', 'النساء', 'жінки', 'kadınlar' find the offer for Frauen", async () => {
      for (const query of ["نساء", "النساء", "жінки", "kadınlar", "women", "زنان"]) {
        expect({ query, slugs: slugs(await own.search(searchQuery(query))) }).toEqual({
          query,
          slugs: ["frauentreff"],
        });
      }
    });
  });

  test("requires every word: 'beratung versmold' finds only the Migrationsberatung", async () => {
    expect(slugs(await index.search(searchQuery("beratung aufenthalt")))).toEqual(["migrationsberatung"]);
  });

  test("repeated values of a filter are OR, different filters AND", async () => {
    const result = await index.search(
      searchQuery("", { filters: { municipality: ["verl", "versmold"], topic: ["zusammenleben-teilhabe"] } }),
    );
    expect(slugs(result).sort()).toEqual(["fluechtlingshilfe", "migrationsberatung", "sozialberatung", "strassenfest"]);
  });

  test("facet counts are disjunctive: a facet ignores its own selection but applies the others", async () => {
    const result = await index.search(searchQuery("", { filters: { municipality: ["verl"] } }));
    expect(result.total).toBe(3);
    expect(result.facets.municipality).toMatchObject({ verl: 3, versmold: 2, rietberg: 1, guetersloh: 1 });
    expect(result.facets.topic).toEqual({ "sprache-bildung": 1, "zusammenleben-teilhabe": 2 });
    expect(result.facets.language).toMatchObject({ de: 3, uk: 1, tr: 1 });
  });

  test("filters by language of service, audience and free of charge", async () => {
    expect(slugs(await index.search(searchQuery("", { filters: { language: ["ar"] } })))).toEqual([
      "migrationsberatung",
    ]);
    expect(slugs(await index.search(searchQuery("", { filters: { audience: ["familien"] } })))).toEqual(["kita"]);
    expect(slugs(await index.search(searchQuery("", { filters: { isFree: true } })))).not.toContain("sprachcafe");
  });

  test("finds offers within a radius and orders them by distance", async () => {
    const near = { ...VERL, radiusKm: 15 };
    const result = await index.search(searchQuery("", { filters: { near }, sort: "distance" }));
    expect(slugs(result)).not.toContain("migrationsberatung"); // Versmold is ≈27 km away
    expect(slugs(result).at(-1)).toBe("sprachcafe"); // Gütersloh ≈ 9 km, after the Verl offers at 0 km
    const distances = result.hits.map((hit) => hit.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBeLessThan(0.1);
  });

  test("finds offers inside a map's bounding box", async () => {
    const bbox = { west: 8.1, south: 52.0, east: 8.2, north: 52.1 }; // around Versmold
    expect(slugs(await index.search(searchQuery("", { filters: { bbox } }))).sort()).toEqual([
      "fluechtlingshilfe",
      "migrationsberatung",
    ]);
  });

  test("pages are stable: two pages of two equal the first four", async () => {
    const all = slugs(await index.search(searchQuery("", { perPage: 4 })));
    const first = slugs(await index.search(searchQuery("", { perPage: 2, page: 1 })));
    const second = slugs(await index.search(searchQuery("", { perPage: 2, page: 2 })));
    expect([...first, ...second]).toEqual(all);
    expect(new Set(all).size).toBe(4);
  });

  test("ranks a stale offer below an equally relevant fresh one", async () => {
    const fresh = makeSearchDocument({ slug: "nahcafe-frisch", title: "Nähcafé", lastConfirmedAt: daysAgo(5) });
    const stale = makeSearchDocument({
      slug: "nahcafe-alt",
      title: "Nähcafé",
      lastConfirmedAt: daysAgo(400),
      updatedAt: daysAgo(1),
    });
    await index.upsert([stale, fresh]);
    expect(slugs(await index.search(searchQuery("Nähcafé")))).toEqual(["nahcafe-frisch", "nahcafe-alt"]);
    await index.remove([fresh.id, stale.id]);
  });

  test("leaves out offers past their validity window", async () => {
    const expired = makeSearchDocument({ slug: "abgelaufen", title: "Ferienprogramm", validUntil: daysAgo(1) });
    await index.upsert([expired]);
    expect(slugs(await index.search(searchQuery("Ferienprogramm")))).toEqual([]);
    await index.remove([expired.id]);
  });

  test("points: every located match of the text and filters, unpaged, with translated titles", async () => {
    const all = await index.points(searchQuery(""), 1_000);
    expect(all.total).toBe(corpus.length);
    // The Kita has no location: counted, not drawn.
    expect(all.points.map((point) => point.slug).sort()).toEqual(
      corpus
        .filter((d) => d.location)
        .map((d) => d.slug)
        .sort(),
    );
    const beratung = await index.points(searchQuery("beratung", { filters: { municipality: ["verl"] } }), 1_000);
    expect(beratung).toEqual({
      total: 1,
      points: [
        {
          id: corpus.find((d) => d.slug === "sozialberatung")!.id,
          slug: "sozialberatung",
          title: "Sozialberatung",
          titles: {},
          organisation: { id: "organisation-1", slug: "verein", name: "Verein Miteinander" },
          location: VERL,
        },
      ],
    });
    const cafe = await index.points(searchQuery("Sprachcafé"), 1_000);
    expect(cafe.points[0]!.titles).toEqual({ uk: "Мовне кафе", ar: "مقهى اللغة" });
    const capped = await index.points(searchQuery(""), 2);
    expect(capped.total).toBe(corpus.length);
    expect(capped.points).toHaveLength(2);
  });

  test("upsert replaces a document and remove deletes it", async () => {
    const draft = makeSearchDocument({ slug: "wechsel", title: "Schachclub" });
    await index.upsert([draft]);
    expect(slugs(await index.search(searchQuery("Schachclub")))).toEqual(["wechsel"]);
    await index.upsert([{ ...draft, title: "Gartenprojekt" }]);
    expect(slugs(await index.search(searchQuery("Schachclub")))).toEqual([]);
    expect(slugs(await index.search(searchQuery("Gartenprojekt")))).toEqual(["wechsel"]);
    await index.remove([draft.id]);
    expect(await index.count()).toBe(corpus.length);
  });
}
