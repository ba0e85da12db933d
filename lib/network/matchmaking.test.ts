import fc from "fast-check";
import { createTranslator } from "next-intl";
import { languageName } from "@/lib/i18n/language-names";
import {
  MATCH_WEIGHTS,
  MIN_SUGGESTION_SCORE,
  matchingWords,
  scoreMatch,
  suggestMatches,
  type MatchContext,
  type MatchProfile,
  type MatchReason,
} from "@/lib/network/matchmaking";
import { areNeighbours } from "@/lib/region/neighbours";
import { loadRegion, regionDirectory } from "@/lib/region/region";
import de from "@/messages/de.json";

const region = loadRegion(regionDirectory("kreis-guetersloh"));
const municipalityNames = new Map(region.municipalities.map((m) => [m.slug, m.name]));
const topicNames = new Map([
  ["sprache", "Sprache und Bildung"],
  ["arbeit", "Arbeit und Ausbildung"],
  ["gesundheit", "Gesundheit und Pflege"],
  ["wohnen", "Wohnen"],
]);
const list = new Intl.ListFormat("de", { type: "conjunction" });

// Municipality ids are the region's slugs here, so "neighbouring" is the real border relation.
const context: MatchContext = {
  neighbours: (a, b) => areNeighbours(region, a, b),
  topicName: (id) => topicNames.get(id) ?? id,
  municipalityName: (id) => municipalityNames.get(id) ?? id,
  languageName: (code) => languageName(code, "de").name,
  formatList: (items) => list.format(items),
};

const t = createTranslator({ locale: "de", messages: de, namespace: "Matchmaking" });
const sentence = ({ key, values }: MatchReason) => t(`reasons.${key}`, values);
const sentences = (me: MatchProfile, other: MatchProfile) => scoreMatch(me, other, context).reasons.map(sentence);

const hidden = (userId: string): MatchProfile => ({
  userId,
  organisationName: null,
  organisationKind: null,
  municipalityId: null,
  topicIds: [],
  languages: [],
  offersText: null,
  seeksText: null,
});
const profile = (userId: string, fields: Partial<MatchProfile>): MatchProfile => ({ ...hidden(userId), ...fields });

describe("reasons in words", () => {
  test("shared topics name every shared topic", () => {
    const me = profile("me", { topicIds: ["sprache", "gesundheit", "wohnen"] });
    const other = profile("other", { topicIds: ["gesundheit", "arbeit", "sprache"] });
    expect(sentences(me, other)).toEqual(["Sie beide arbeiten zu Gesundheit und Pflege und Sprache und Bildung"]);
    expect(scoreMatch(me, other, context).score).toBe(2 * MATCH_WEIGHTS.perSharedTopic);
  });

  test("at most three shared topics count towards the score, all are named", () => {
    const topics = ["sprache", "arbeit", "gesundheit", "wohnen"];
    const result = scoreMatch(profile("me", { topicIds: topics }), profile("other", { topicIds: topics }), context);
    expect(result.score).toBe(9);
    expect(result.reasons[0]!.values).toMatchObject({ count: 4 });
  });

  test("their offer matching what I look for quotes their words", () => {
    const me = profile("me", { seeksText: "Wir suchen Dolmetscher für Arabisch und Kinderbetreuung." });
    const other = profile("other", { offersText: "Ich biete Dolmetschen (Arabisch, Farsi) und Übersetzungen an." });
    expect(sentences(me, other)).toEqual(["Bietet Dolmetschen und Arabisch – wonach Sie suchen"]);
    expect(scoreMatch(me, other, context).score).toBe(MATCH_WEIGHTS.theyOffer);
  });

  test("my offer matching what they look for quotes what they look for", () => {
    const me = profile("me", { offersText: "Beratung zur Anerkennung ausländischer Abschlüsse" });
    const other = profile("other", { seeksText: "Berater für die Anerkennung von Zeugnissen" });
    expect(sentences(me, other)).toEqual(["Sucht Berater und Anerkennung – das bieten Sie an"]);
    expect(scoreMatch(me, other, context).score).toBe(MATCH_WEIGHTS.youOffer);
  });

  test("words match across umlauts, inflection and compounds", () => {
    expect(matchingWords("Übersetzungen ins Türkische", "Wir brauchen einen Übersetzer")).toEqual(["Übersetzungen"]);
    expect(matchingWords("Kinderbetreuung während der Kurse", "Betreuung für Kinder")).toEqual(["Kinderbetreuung"]);
    expect(matchingWords("Deutschkurs am Abend", "Deutsch lernen")).toEqual(["Deutschkurs"]);
  });

  test("stop words, filler words and words under four letters never make a match", () => {
    expect(
      matchingWords("Wir bieten Hilfe und Unterstützung bei dem Job", "Suche Hilfe und Unterstützung beim Job"),
    ).toEqual([]);
    expect(matchingWords("I offer help with the forms", "Looking for help with the forms")).toEqual(["forms"]);
  });

  test("the same municipality is named", () => {
    const me = profile("me", { municipalityId: "verl" });
    expect(sentences(me, profile("other", { municipalityId: "verl" }))).toEqual(["Ebenfalls in Verl"]);
  });

  test("a neighbouring municipality is named with mine, a distant one is no reason", () => {
    const me = profile("me", { municipalityId: "guetersloh" });
    expect(sentences(me, profile("other", { municipalityId: "verl" }))).toEqual(["In Verl, gleich neben Gütersloh"]);
    expect(
      sentences(profile("me", { municipalityId: "versmold" }), profile("other", { municipalityId: "verl" })),
    ).toEqual([]);
  });

  test("shared languages are named, but German alone is no reason", () => {
    const me = profile("me", { languages: ["de", "ar", "tr", "uk"] });
    const other = profile("other", { languages: ["tr", "ar", "de", "uk"] });
    expect(sentences(me, other)).toEqual(["Sie sprechen beide Arabisch, Türkisch und Ukrainisch"]);
    expect(scoreMatch(me, other, context).score).toBe(MATCH_WEIGHTS.maxCountedLanguages);
    expect(scoreMatch(profile("me", { languages: ["de"] }), profile("other", { languages: ["de"] }), context)).toEqual({
      score: 0,
      reasons: [],
    });
  });

  test("a different organisation is named, the same one spelled differently is not", () => {
    const me = profile("me", { organisationName: "Diakonie Gütersloh" });
    expect(sentences(me, profile("other", { organisationName: "Caritas Verl" }))).toEqual([
      "Aus einer anderen Organisation: Caritas Verl",
    ]);
    expect(sentences(me, profile("other", { organisationName: " diakonie gutersloh " }))).toEqual([]);
  });

  test("a full match adds up every weight", () => {
    const me = profile("me", {
      organisationName: "Diakonie",
      municipalityId: "verl",
      topicIds: ["sprache"],
      languages: ["de", "ar"],
      offersText: "Sprachkurse",
      seeksText: "Dolmetscher",
    });
    const other = profile("other", {
      organisationName: "Caritas",
      municipalityId: "verl",
      topicIds: ["sprache"],
      languages: ["ar"],
      offersText: "Dolmetscherin",
      seeksText: "Sprachkurs",
    });
    expect(scoreMatch(me, other, context)).toMatchObject({
      score: 3 + 4 + 3 + 2 + 1 + 1,
      reasons: [
        { key: "sharedTopics" },
        { key: "theyOffer", values: { words: "Dolmetscherin" } },
        { key: "youOffer", values: { words: "Sprachkurs" } },
        { key: "sameMunicipality" },
        { key: "sharedLanguages" },
        { key: "differentOrganisation" },
      ],
    });
  });
});

describe("suggestions", () => {
  const me = profile("me", { organisationName: "Diakonie", municipalityId: "verl", topicIds: ["sprache"] });

  test("are ordered by score, then by person, and cut at the limit", () => {
    const others = [
      profile("c", { topicIds: ["sprache"] }),
      profile("b", { topicIds: ["sprache"], municipalityId: "verl" }),
      profile("a", { topicIds: ["sprache"] }),
      profile("d", { topicIds: ["sprache"], organisationName: "Caritas" }),
    ];
    expect(suggestMatches(me, others, context).map(({ profile: p, score }) => [p.userId, score])).toEqual([
      ["b", 5],
      ["d", 4],
      ["a", 3],
      ["c", 3],
    ]);
    expect(suggestMatches(me, others, context, 2).map(({ profile: p }) => p.userId)).toEqual(["b", "d"]);
  });

  test("leave out weak matches and those whose only reason is another organisation", () => {
    const others = [
      profile("only-organisation", { organisationName: "Caritas" }),
      profile("only-neighbour", { municipalityId: "guetersloh", organisationName: "Caritas" }),
      profile("same-place", { municipalityId: "verl", organisationName: "Caritas" }),
    ];
    expect(suggestMatches(me, others, context).map(({ profile: p }) => p.userId)).toEqual(["same-place"]);
  });
});

describe("properties", () => {
  const topicIds = [...topicNames.keys()];
  const slugs = region.municipalities.map((m) => m.slug);
  const texts = [
    "Dolmetschen Arabisch",
    "Wir suchen Dolmetscher",
    "Sprachkurse für Frauen",
    "Kinderbetreuung",
    "Hilfe bei Bewerbungen",
    "Ehrenamtliche für das Sprachcafé",
  ];
  const arbitraryProfile = fc.record({
    userId: fc.constantFrom("a", "b", "c", "d", "e"),
    organisationName: fc.option(fc.constantFrom("Caritas", "Diakonie", "AWO"), { nil: null }),
    organisationKind: fc.option(fc.constantFrom("association", "company"), { nil: null }),
    municipalityId: fc.option(fc.constantFrom(...slugs), { nil: null }),
    topicIds: fc.subarray(topicIds),
    languages: fc.subarray(["de", "en", "ar", "tr", "uk"]),
    offersText: fc.option(fc.oneof(fc.constantFrom(...texts), fc.string()), { nil: null }),
    seeksText: fc.option(fc.oneof(fc.constantFrom(...texts), fc.string()), { nil: null }),
  });
  const swapped = { theyOffer: "youOffer", youOffer: "theyOffer" } as Record<string, string>;

  test("the shared-topic reason is the same both ways", () => {
    fc.assert(
      fc.property(arbitraryProfile, arbitraryProfile, (a, b) => {
        const topicsOf = (x: MatchProfile, y: MatchProfile) =>
          scoreMatch(x, y, context).reasons.find(({ key }) => key === "sharedTopics");
        expect(topicsOf(a, b)).toEqual(topicsOf(b, a));
      }),
    );
  });

  test("the reasons are the same both ways, with 'they offer' and 'you offer' swapped", () => {
    fc.assert(
      fc.property(arbitraryProfile, arbitraryProfile, (a, b) => {
        const keys = (x: MatchProfile, y: MatchProfile) => scoreMatch(x, y, context).reasons.map(({ key }) => key);
        expect(new Set(keys(a, b).map((key) => swapped[key] ?? key))).toEqual(new Set(keys(b, a)));
      }),
    );
  });

  test("a score is never negative and is zero exactly when there is no reason", () => {
    fc.assert(
      fc.property(arbitraryProfile, arbitraryProfile, (a, b) => {
        const { score, reasons } = scoreMatch(a, b, context);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score === 0).toBe(reasons.length === 0);
      }),
    );
  });

  test("nobody is suggested to themselves, and every suggestion passes the threshold with a real reason", () => {
    fc.assert(
      fc.property(arbitraryProfile, fc.array(arbitraryProfile, { maxLength: 12 }), (me, others) => {
        const suggestions = suggestMatches(me, [me, ...others], context);
        for (const { profile: p, score, reasons } of suggestions) {
          expect(p.userId).not.toBe(me.userId);
          expect(score).toBeGreaterThanOrEqual(MIN_SUGGESTION_SCORE);
          expect(reasons.some(({ key }) => key !== "differentOrganisation")).toBe(true);
        }
        const scores = suggestions.map(({ score }) => score);
        expect(scores).toEqual([...scores].sort((x, y) => y - x));
      }),
    );
  });

  test("a person who shows nothing is never suggested and has no reasons", () => {
    fc.assert(
      fc.property(arbitraryProfile, (me) => {
        const other = hidden("someone-else");
        expect(scoreMatch(me, other, context)).toEqual({ score: 0, reasons: [] });
        expect(suggestMatches(me, [other], context)).toEqual([]);
      }),
    );
  });
});
