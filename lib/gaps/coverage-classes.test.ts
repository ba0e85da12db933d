import {
  classifyCoverage,
  classOf,
  classRangeLabel,
  contrastRatio,
  coverageClasses,
  mappedFigure,
  NO_DATA_CLASS,
  textColourOn,
  ZERO_COLOUR,
  type CoverageClass,
} from "@/lib/gaps/coverage-classes";
import type { MunicipalityCoverage } from "@/lib/gaps/coverage";

const THIRTEEN = [0, 0, 0, 0, 0.8, 1.2, 2.4, 3.1, 3.56, 4.4, 7.9, 11.3, 23.47];

const ranges = (classes: CoverageClass[]) => classes.map(({ index, min, max }) => [index, min, max]);

test("0 gets a hatched class of its own and the positive values four classes cut at rounded quartiles", () => {
  const classes = coverageClasses(THIRTEEN);
  // Nine positive values, 0.8 … 23.47; their quartiles 2.4, 3.56 and 7.9 round to 2.4, 3.6 and 7.9.
  expect(ranges(classes)).toEqual([
    [0, 0, 0],
    [1, 0.8, 2.4],
    [2, 2.4, 3.6],
    [3, 3.6, 7.9],
    [4, 7.9, 23.47],
  ]);
  expect(classes[0]).toMatchObject({ colour: ZERO_COLOUR, isHatched: true });
  expect(classes.slice(1).map((c) => c.colour)).toEqual(["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"]);
  expect(classes.slice(1).every((c) => !c.isHatched)).toBe(true);
});

test("every value falls in the class whose range holds it, the upper bound included", () => {
  const classes = coverageClasses(THIRTEEN);
  expect(THIRTEEN.map((value) => classOf(value, classes))).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 4]);
  expect(classOf(null, classes)).toBe(NO_DATA_CLASS);
});

test("with every value 0 (or unknown) there is only the zero class", () => {
  expect(ranges(coverageClasses([0, 0, 0, null]))).toEqual([[0, 0, 0]]);
  expect(ranges(coverageClasses([]))).toEqual([[0, 0, 0]]);
  expect(classOf(0, coverageClasses([0, 0]))).toBe(0);
});

test("repeated values give fewer classes, never an empty one", () => {
  const classes = coverageClasses([0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 9]);
  expect(ranges(classes)).toEqual([
    [0, 0, 0],
    [1, 2, 2],
    [2, 2, 9],
  ]);
  expect(classes.slice(1).map((c) => c.colour)).toEqual(["#a1dab4", "#225ea8"]);
  const one = coverageClasses([0, 5, 5, 5]);
  expect(ranges(one)).toEqual([
    [0, 0, 0],
    [1, 5, 5],
  ]);
  expect(classOf(5, one)).toBe(1);
});

test("no positive class is left without a municipality", () => {
  for (const values of [THIRTEEN, [1, 1, 1, 10], [0.1, 0.1, 0.2, 50, 50, 50], [3, 3.01, 3.02, 3.03, 3.04]]) {
    const classes = coverageClasses(values);
    for (const c of classes.filter((c) => c.index > 0))
      expect(values.some((value) => classOf(value, classes) === c.index)).toBe(true);
  }
});

test("labels on every fill reach 4.5:1, dark on light fills and white on the darkest", () => {
  const fills = coverageClasses(THIRTEEN).map((c) => c.colour);
  for (const fill of fills) expect(contrastRatio(textColourOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
  expect(textColourOn("#ffffcc")).toBe("#1b2633");
  expect(textColourOn("#225ea8")).toBe("#ffffff");
  expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21);
});

test("class ranges are written in the locale's numbers", () => {
  // Quartiles 1.5, 2.5 and 7.4; nothing lies between 2.5 and 7.4, so the last class runs to 12.25.
  const classes = coverageClasses([0, 0.5, 2.5, 12.25]);
  expect(classes.map((c) => classRangeLabel(c, "de"))).toEqual(["0", "0,5 – 1,5", "1,5 – 2,5", "2,5 – 12,25"]);
  expect(classRangeLabel(classes[1]!, "en")).toBe("0.5 – 1.5");
  expect(classRangeLabel(classes[1]!, "fa")).toBe("۰٫۵ – ۱٫۵");
});

function municipality(slug: string, per10k: number | null, extra: Partial<MunicipalityCoverage> = {}) {
  return {
    slug,
    name: slug,
    population: per10k === null ? 0 : 10_000,
    populationDate: "2023-12-31",
    populationSource: "IT.NRW",
    offers: per10k ?? 0,
    per10k,
    topics: { "sprache-bildung": { offers: 1, per10k: 1 } },
    languages: { ar: { offers: 2, per10k: 2 } },
    ...extra,
  } satisfies MunicipalityCoverage;
}

const filters = (topic: string[], language: string[]) => ({ text: "", topic, language, audience: [], free: false });

test("one topic maps that topic, else one language that language, else every offer", () => {
  const municipalities = [municipality("a", 5), municipality("b", null)];
  expect(mappedFigure({ municipalities, filters: filters(["sprache-bildung"], ["ar"]) })).toEqual({
    key: { kind: "topic", slug: "sprache-bildung" },
    values: { a: { value: 1, offers: 1 }, b: { value: 1, offers: 1 } },
  });
  expect(mappedFigure({ municipalities, filters: filters(["sprache-bildung", "x"], ["ar"]) }).key).toEqual({
    kind: "language",
    code: "ar",
  });
  expect(mappedFigure({ municipalities, filters: filters([], ["ar", "tr"]) })).toEqual({
    key: { kind: "all" },
    values: { a: { value: 5, offers: 5 }, b: { value: null, offers: 0 } },
  });
});

test("a topic a municipality has no figure for counts as 0 there (unknown where nobody lives)", () => {
  const municipalities = [municipality("a", 5, { topics: {} }), municipality("b", null, { topics: {} })];
  expect(mappedFigure({ municipalities, filters: filters(["arbeit"], []) }).values).toEqual({
    a: { value: 0, offers: 0 },
    b: { value: null, offers: 0 },
  });
});

test("classifyCoverage gives every municipality the class of its mapped figure", () => {
  const municipalities = THIRTEEN.map((value, i) => municipality(`m${i}`, value));
  const result = classifyCoverage({ municipalities, filters: filters([], []) });
  expect(result.key).toEqual({ kind: "all" });
  expect(result.classes).toHaveLength(5);
  expect(result.municipalities.map((m) => m.classIndex)).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 4]);
  expect(result.municipalities[12]).toEqual({ slug: "m12", name: "m12", value: 23.47, offers: 23.47, classIndex: 4 });
});
