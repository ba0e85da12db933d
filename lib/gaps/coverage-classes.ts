import type { Coverage } from "@/lib/gaps/coverage";

// The classes of the gap atlas's choropleth (the page's map, the table's colours and the SVG export share them):
// a class of its own for 0, where no offer serves the municipality at all, and up to four classes for the
// positive values, cut at their quartiles rounded to two significant digits. Pure, so the browser can use it.
//
// Colour-blind safety: the positive classes use ColorBrewer's YlGnBu (4 classes), which ColorBrewer rates
// colour-blind safe and print friendly. It is one hue ramp whose lightness falls steadily from yellow to blue, so
// it stays ordered for deuteranopes, protanopes and tritanopes and in greyscale; no class relies on telling red
// from green. Fewer than four classes take a spread subset of the same ramp. The zero class is a neutral grey
// with a hatch (SVG <pattern>), so "no offer" reads as a different kind of thing, never as "a few".

/** One class: values from min to max (the upper bound included; the zero class is exactly 0). */
export type CoverageClass = {
  /** 0 is the zero class; 1… the positive classes, light to dark. */
  index: number;
  min: number;
  max: number;
  colour: string;
  /** Text drawn on this fill: dark on light fills, white on dark ones (see textColourOn). */
  textColour: string;
  /** Drawn hatched (the zero class): `colour` is then the pattern's background. */
  isHatched: boolean;
};

/** ColorBrewer YlGnBu, 4 classes, light = few offers, dark = many. */
const YL_GN_BU_4 = ["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"] as const;
const PALETTES: Record<number, readonly string[]> = {
  1: ["#41b6c4"],
  2: ["#a1dab4", "#225ea8"],
  3: ["#ffffcc", "#41b6c4", "#225ea8"],
  4: YL_GN_BU_4,
};

export const ZERO_COLOUR = "#d9d9d9";
export const HATCH_COLOUR = "#737373";
/** A municipality without counted residents (per10k is null): no figure to class. */
export const NO_DATA_COLOUR = "#ffffff";
export const NO_DATA_CLASS = -1;
export const DARK_TEXT = "#1b2633";
export const LIGHT_TEXT = "#ffffff";

const MAX_POSITIVE_CLASSES = 4;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => channel(parseInt(hex.slice(start, start + 2), 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
}

/** The label colour with the higher contrast on a fill (each fill of the palette reaches 4.5:1 with its own). */
export function textColourOn(fill: string): string {
  return contrastRatio(DARK_TEXT, fill) >= contrastRatio(LIGHT_TEXT, fill) ? DARK_TEXT : LIGHT_TEXT;
}

/** Linear interpolation between the order statistics (R's type 7), on sorted values. */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const below = sorted[lower]!;
  const above = sorted[Math.min(lower + 1, sorted.length - 1)]!;
  return below + (h - lower) * (above - below);
}

/** Two significant digits: 3.47 → 3.5, 12.3 → 12, 0.473 → 0.47 (breaks people can read and say). */
function roundBreak(value: number): number {
  return Number(value.toPrecision(2));
}

const zeroClass: CoverageClass = {
  index: 0,
  min: 0,
  max: 0,
  colour: ZERO_COLOUR,
  textColour: textColourOn(ZERO_COLOUR),
  isHatched: true,
};

/**
 * The classes for the municipalities' values (offers per 10,000 residents; null = no residents counted, left
 * out): the zero class always, then up to four positive classes cut at the rounded quartiles. Breaks that
 * repeat or would leave a class empty are dropped, so every positive class holds at least one value.
 */
export function coverageClasses(values: readonly (number | null)[]): CoverageClass[] {
  const positives = values
    .filter((value): value is number => value !== null && Number.isFinite(value) && value > 0)
    .sort((a, b) => a - b);
  if (positives.length === 0) return [zeroClass];
  const min = positives[0]!;
  const max = positives.at(-1)!;
  const candidates = [...new Set([0.25, 0.5, 0.75].map((p) => roundBreak(quantile(positives, p))))]
    .filter((cut) => cut >= min && cut < max)
    .sort((a, b) => a - b);
  const breaks: number[] = [];
  for (const cut of candidates.slice(0, MAX_POSITIVE_CLASSES - 1)) {
    const lower = breaks.at(-1) ?? -Infinity;
    if (positives.some((value) => value > lower && value <= cut)) breaks.push(cut);
  }
  const bounds = [min, ...breaks, max];
  const palette = PALETTES[bounds.length - 1]!;
  return [
    zeroClass,
    ...palette.map((colour, i) => ({
      index: i + 1,
      min: bounds[i]!,
      max: bounds[i + 1]!,
      colour,
      textColour: textColourOn(colour),
      isHatched: false,
    })),
  ];
}

/** The index of the class a value falls in: 0 for 0, NO_DATA_CLASS (-1) for null. */
export function classOf(value: number | null, classes: readonly CoverageClass[]): number {
  if (value === null || !Number.isFinite(value)) return NO_DATA_CLASS;
  if (value <= 0) return 0;
  const positive = classes.filter((c) => c.index > 0);
  return (positive.find((c) => value <= c.max) ?? positive.at(-1))?.index ?? 0;
}

/** The fill of a class index (NO_DATA_CLASS included); the zero class's is its hatch's background. */
export function classColour(index: number, classes: readonly CoverageClass[]): string {
  return classes.find((c) => c.index === index)?.colour ?? NO_DATA_COLOUR;
}

/** A class's range in the locale's numbers, as the legend writes it: "0", "0,5 – 2,5". */
export function classRangeLabel(coverageClass: CoverageClass, locale: string): string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  if (coverageClass.min === coverageClass.max) return format.format(coverageClass.min);
  return `${format.format(coverageClass.min)} – ${format.format(coverageClass.max)}`;
}

export type MappedFigureKey = { kind: "all" } | { kind: "topic"; slug: string } | { kind: "language"; code: string };

export type MappedFigure = {
  key: MappedFigureKey;
  /** Per municipality slug: offers per 10,000 residents (null: nobody counted) and the count itself. */
  values: Record<string, { value: number | null; offers: number }>;
};

/**
 * Which figure the atlas maps: with exactly one topic chosen that topic's, else with exactly one language that
 * language's, else every matching offer's (the search's filters apply to all three).
 */
export function mappedFigure(
  coverage: Pick<Coverage, "municipalities" | "filters">,
  filters: Pick<Coverage["filters"], "topic" | "language"> = coverage.filters,
): MappedFigure {
  const key: MappedFigureKey =
    filters.topic.length === 1
      ? { kind: "topic", slug: filters.topic[0]! }
      : filters.language.length === 1
        ? { kind: "language", code: filters.language[0]! }
        : { kind: "all" };
  const values = Object.fromEntries(
    coverage.municipalities.map((m) => {
      const figure = key.kind === "topic" ? m.topics[key.slug] : key.kind === "language" ? m.languages[key.code] : m;
      const none = { offers: 0, per10k: m.population > 0 ? 0 : null };
      const { offers, per10k } = figure ?? none;
      return [m.slug, { value: per10k, offers }];
    }),
  );
  return { key, values };
}

export type ClassifiedMunicipality = {
  slug: string;
  name: string;
  value: number | null;
  offers: number;
  classIndex: number;
};

/** The mapped figure of a coverage, its classes and every municipality's class: what map, table and SVG show. */
export function classifyCoverage(
  coverage: Pick<Coverage, "municipalities" | "filters">,
  filters: Pick<Coverage["filters"], "topic" | "language"> = coverage.filters,
): { key: MappedFigureKey; classes: CoverageClass[]; municipalities: ClassifiedMunicipality[] } {
  const { key, values } = mappedFigure(coverage, filters);
  const classes = coverageClasses(Object.values(values).map(({ value }) => value));
  const municipalities = coverage.municipalities.map(({ slug, name }) => {
    const { value, offers } = values[slug]!;
    return { slug, name, value, offers, classIndex: classOf(value, classes) };
  });
  return { key, classes, municipalities };
}
