import {
  analyzeQuery,
  compoundPartsOf,
  foldText,
  highlightText,
  synonymSuggestions,
  typosAllowed,
} from "@/lib/search/text-analysis";

test("folds case, ß, umlauts and Arabic letter variants", () => {
  expect(foldText("Straße Größe Über")).toBe("strasse grosse uber");
  expect(foldText("إسلام أحمد")).toBe("اسلام احمد");
});

test("splits German compounds into known parts and what remains", () => {
  expect(compoundPartsOf("migrationsberatung").sort()).toEqual(["beratung", "migration"]);
  expect(compoundPartsOf("deutschkurs")).toEqual(expect.arrayContaining(["kurs", "deutsch"]));
  expect(compoundPartsOf("kurs")).toEqual([]);
});

test("drops German stop words from queries and stems the rest", () => {
  expect(analyzeQuery("Kurse für die Frauen")).toEqual(["kurs", "frau"]);
});

test("allows one typo from five letters and two from nine", () => {
  expect([4, 5, 8, 9].map(typosAllowed)).toEqual([0, 1, 1, 2]);
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
