import {
  changedOfferFields,
  offerVersionFields,
  parseOfferVersion,
  toOfferVersion,
  type OfferVersion,
} from "@/lib/review/offer-version";

const version: OfferVersion = {
  title: "Sprachcafé",
  summary: "Deutsch sprechen",
  description: "Jeden Dienstag.",
  topics: ["sprache-bildung"],
  audiences: [],
  languages: ["ar", "de"],
  languageNote: null,
  isCountyWide: false,
  municipalities: ["verl"],
  isOnline: false,
  locationName: "Bürgerhaus",
  street: "Hauptstraße 1",
  postcode: "33415",
  locationMunicipality: "verl",
  scheduleSlots: [{ weekday: 2, startTime: "15:00", endTime: "17:00" }],
  scheduleText: null,
  costKind: "free",
  costNote: null,
  registrationRequired: true,
  accessibility: null,
  contactName: "Frau Beispiel",
  contactEmail: "kontakt@example.org",
  contactPhone: null,
  validFrom: "2025-01-01",
  validUntil: null,
};

describe("changedOfferFields", () => {
  test("finds nothing between equal versions", () => {
    expect(changedOfferFields(version, structuredClone(version))).toEqual([]);
  });

  test("names each changed field once, in form order, including lists, slots and flags", () => {
    const after: OfferVersion = {
      ...version,
      registrationRequired: false,
      summary: "Deutsch sprechen bei Kaffee",
      languages: ["ar", "de", "tr"],
      scheduleSlots: [{ weekday: 2, startTime: "16:00", endTime: "17:00" }],
    };
    expect(changedOfferFields(version, after)).toEqual([
      "summary",
      "languages",
      "scheduleSlots",
      "registrationRequired",
    ]);
  });

  test("tells an empty detail from a filled one", () => {
    expect(changedOfferFields(version, { ...version, costNote: "2 €" })).toEqual(["costNote"]);
  });
});

describe("parseOfferVersion", () => {
  test("reads back what was stored", () => {
    expect(parseOfferVersion(JSON.stringify(version))).toEqual(version);
  });

  test("gives null for no baseline, broken JSON or an older shape, so the page says so instead of failing", () => {
    expect(parseOfferVersion(null)).toBeNull();
    expect(parseOfferVersion("{")).toBeNull();
    const { topics: _dropped, ...older } = version;
    expect(parseOfferVersion(JSON.stringify(older))).toBeNull();
  });

  test("covers every field of the schema in the diff order", () => {
    expect([...offerVersionFields].sort()).toEqual(Object.keys(version).sort());
  });
});

describe("toOfferVersion", () => {
  const row = {
    ...version,
    validFrom: new Date("2025-01-01T00:00:00Z"),
    validUntil: null,
    locationMunicipality: { slug: "verl" },
    topics: [{ topic: { slug: "sprache-bildung" } }],
    audiences: [],
    languages: [{ language: "de" }, { language: "ar" }],
    municipalities: [{ municipality: { slug: "verl" } }],
  };

  test("gives relations as sorted slugs and dates as days, so it equals the stored shape", () => {
    expect(toOfferVersion(row)).toEqual(version);
  });

  test("reads a text the browser sent back with CRLF line breaks as unchanged", () => {
    const before = toOfferVersion({ ...row, description: "Erster Absatz.\n\nZweiter Absatz." });
    const after = toOfferVersion({ ...row, description: "Erster Absatz.\r\n\r\nZweiter Absatz." });
    expect(changedOfferFields(before, after)).toEqual([]);
  });
});
