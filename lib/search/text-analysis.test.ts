import { getRegion } from "@/lib/region/region";
import {
  analyzeQuery,
  compoundPartsOf,
  conceptSynonyms,
  foldText,
  highlightText,
  queryTextForWordEngines,
  synonymSuggestions,
  tokenLookups,
  typosAllowed,
} from "@/lib/search/text-analysis";

const terms = (token: string, withTypos = false) => tokenLookups(token, withTypos).map((lookup) => lookup.term);

test("folds case, ß, umlauts and Arabic letter variants", () => {
  expect(foldText("Straße Größe Über")).toBe("strasse grosse uber");
  expect(foldText("إسلام أحمد")).toBe("اسلام احمد");
});

test("folds Turkish, Polish and Romanian letters, Ukrainian apostrophes and Persian letters and half-spaces", () => {
  expect(foldText("Danışmanlık İŞ")).toBe("danismanlik is");
  expect(foldText("Pomoc w odrabianiu lekcji, szkoła, uchodźcy")).toBe("pomoc w odrabianiu lekcji, szkola, uchodzcy");
  expect(foldText("Îngrijire și școală")).toBe("ingrijire si scoala");
  expect(foldText("здоров'я сім’ї")).toBe("здоровя сімі");
  expect(foldText("خانواده‌ها کودکی")).toBe(foldText("خانوادهها كودكي"));
});

test("splits German compounds into known parts and what remains", () => {
  expect(compoundPartsOf("migrationsberatung").sort()).toEqual(["beratung", "migration"]);
  expect(compoundPartsOf("deutschkurs")).toEqual(expect.arrayContaining(["kurs", "deutsch"]));
  expect(compoundPartsOf("kurs")).toEqual([]);
});

test("drops German stop words from queries and looks the rest up by stem", () => {
  expect(analyzeQuery("Kurse für die Frauen")).toEqual(["kurse", "frauen"]);
  expect(terms("kurse")).toContain("kurs");
});

test("drops stop words of the other languages, keeps phrases together and leaves out 'help' beside other words", () => {
  expect(analyzeQuery("help with my homework")).toEqual(["homework"]);
  expect(analyzeQuery("job centre")).toEqual(["job centre"]);
  expect(analyzeQuery("помощь с домашним заданием")).toEqual(["домашним заданием"]);
  expect(analyzeQuery("help")).toEqual(["help"]);
  expect(queryTextForWordEngines("help with my homework")).toBe("homework");
  expect(queryTextForWordEngines("Deutschkurs in Verl")).toBe("Deutschkurs in Verl");
});

test("a word in another language also looks up the German words of its concept", () => {
  expect(terms("danismanlik")).toContain("berat"); // the stem of "Beratung"
  expect(terms(analyzeQuery("консультації")[0]!)).toContain("berat"); // declined, through the stem key
  expect(terms(analyzeQuery("النساء")[0]!)).toContain("frau"); // with the article
  expect(terms(analyzeQuery("نساء")[0]!)).toContain("frau");
  expect(terms(analyzeQuery("والرعاية")[0]!)).toContain("pfleg"); // "and the care"
  expect(terms(analyzeQuery("дитячий садок")[0]!)).toContain("kita");
  expect(terms("консульт")).toContain("berat"); // typed so far
  expect(terms("danismanlk", true)).toContain("berat"); // a typo in the foreign word
  expect(terms("beratung")).toEqual(["berat"]); // German words are not looked up: their jargon is synonyms.json
});

test("every topic and audience name of the region, in every language, asks for its German name", () => {
  // Facets filter in every language, but the searchable text holds the German names only (offer-document.ts):
  // each word of a translated name must look up one of the German name's words.
  const region = getRegion();
  for (const { names } of [...region.topics, ...region.audiences]) {
    const german = new Set(analyzeQuery(names.de!).flatMap((token) => terms(token)));
    for (const [locale, name] of Object.entries(names)) {
      const unmatched = analyzeQuery(name).filter((token) => !terms(token).some((term) => german.has(term)));
      expect({ locale, name, unmatched }).toEqual({ locale, name, unmatched: [] });
    }
  }
});

test("offers the concepts to engines with synonyms, without stem keys, with and without the Arabic article", () => {
  const synonyms = conceptSynonyms();
  expect(synonyms.danismanlik).toContain("beratung");
  expect(synonyms["job centre"]).toContain("jobcenter");
  expect(synonyms["نساء"]).toContain("frauen");
  expect(synonyms["النساء"]).toContain("frauen");
  expect(Object.keys(synonyms).some((key) => key.includes("*"))).toBe(false);
});

test("allows one typo from five letters and two from nine", () => {
  expect([4, 5, 8, 9].map(typosAllowed)).toEqual([0, 1, 1, 2]);
});

test("tolerates a typo that hides a suffix from the stemmer: 'arabiecher' looks up what 'arabischer' does", () => {
  // "arabischer" stems to "arab", but "arabiecher" to "arabiech": typos on that stem never reach "arab".
  const [typed] = analyzeQuery("arabischer");
  expect(terms(typed!)).toEqual(["arab"]);
  expect(terms("arabiecher", true)).toContain("arab");
  expect(terms("beratunk", true)).toContain("berat");
  expect(terms("arabiecher", false)).not.toContain("arab"); // typos only when exact lookups find nothing
});

test("highlights matched words, including compounds and typos, as segments not HTML", () => {
  const segments = highlightText("Migrationsberatung <b>und</b> Deutschkurs", analyzeQuery("beratung deutchkurs"));
  expect(segments.filter((s) => s.isMatch).map((s) => s.text)).toEqual(["Migrationsberatung", "Deutschkurs"]);
  expect(segments.map((s) => s.text).join("")).toBe("Migrationsberatung <b>und</b> Deutschkurs");
});

test("suggests other words of the jargon", () => {
  expect(synonymSuggestions("Sprachkurs")).toEqual(expect.arrayContaining(["deutschkurs", "integrationskurs"]));
  expect(synonymSuggestions("Fahrrad")).toEqual([]);
});

test("suggests the German word for a word in another language, also with a typo", () => {
  expect(synonymSuggestions("danışmanlık")).toContain("Beratung");
  expect(synonymSuggestions("danismanlk")).toContain("Beratung");
  expect(synonymSuggestions("дитячий садок")).toContain("Kita");
});

test("highlights the German words a query in another language found", () => {
  const segments = highlightText("Migrationsberatung und Deutschkurs", analyzeQuery("консультація"));
  expect(segments.filter((s) => s.isMatch).map((s) => s.text)).toEqual(["Migrationsberatung"]);
});
