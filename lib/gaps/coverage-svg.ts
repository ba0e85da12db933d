import {
  classColour,
  classifyCoverage,
  classRangeLabel,
  DARK_TEXT,
  HATCH_COLOUR,
  LIGHT_TEXT,
  NO_DATA_CLASS,
  ZERO_COLOUR,
  type CoverageClass,
} from "@/lib/gaps/coverage-classes";
import type { Coverage } from "@/lib/gaps/coverage";
import type { PolygonCoordinates, Position } from "@/lib/geo/point-in-polygon";
import { languageName } from "@/lib/i18n/language-names";
import { textDirection } from "@/lib/i18n/locales";
import { localizedName } from "@/lib/i18n/localized-name";
import { filtersInWords } from "@/lib/gaps/filters-in-words";
import { translatorFor } from "@/lib/i18n/translator";
import { LABEL_GAP, placeLabels, type Placement } from "@/lib/map/label-placement";
import type { Region } from "@/lib/region/region";

// The gap atlas's map as one self-contained SVG for reports (GET /api/v1/coverage.svg and the page's picture
// without JavaScript): the municipalities filled by class, their names, the legend with the class breaks, the
// title, the filters, the date and the attribution. No script, no <style>, no external reference: API answers
// carry a CSP that allows nothing to load (lib/security/security-headers.ts), so every look is an attribute.

export type CoverageSvgMunicipality = {
  slug: string;
  name: string;
  value: number | null;
  offers: number;
  classIndex: number;
  /** GeoJSON rings, [lng, lat]. */
  polygon: PolygonCoordinates;
  /** Where the name goes (the town centre); the ring's centroid when absent. */
  center?: { lat: number; lng: number };
};

export type CoverageSvgInput = {
  municipalities: CoverageSvgMunicipality[];
  classes: CoverageClass[];
  title: string;
  /** The filters in words. */
  subtitle: string;
  legendTitle: string;
  /** The zero class's legend entry, e.g. "0 = kein Angebot". */
  zeroLabel: string;
  /** The legend entry for municipalities without residents counted (shown only when one is on the map). */
  noDataLabel?: string;
  /** How the classes were cut, under the legend. */
  legendNote?: string;
  /** Already formatted, e.g. "Stand: 3. März 2026". */
  date: string;
  attribution: string;
  locale: string;
  dir: "ltr" | "rtl";
  /** The county's outline, drawn over the municipal borders. */
  boundary?: PolygonCoordinates;
};

const WIDTH = 840;
const PAD = 24;
const MAP_BOX = 520;
const GAP = 32;
const LEGEND_WIDTH = WIDTH - 2 * PAD - MAP_BOX - GAP;
const FONT = "system-ui, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
const HATCH_ID = "atlas-zero-hatch";
/** Municipal names: 11 px semibold, about 0.6 em a character in common sans-serif fonts. */
const LABEL_SIZE = 11;
const LABEL_CHAR_WIDTH = 6.8;
const MUTED_TEXT = "#3d4752";

// XML 1.0 allows tab, newline, carriage return and the rest of Unicode but surrogates, U+FFFE and U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text for XML content or a quoted attribute: markup escaped, characters XML cannot hold removed. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** Greedy line breaking at spaces, by an estimated number of characters a line. */
function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [""];
}

/** Equirectangular, x shrunk by the cosine of the middle latitude, so the county keeps its shape. */
function projection(rings: readonly Position[][]) {
  const points = rings.flat();
  const lngs = points.map(([lng]) => lng);
  const lats = points.map(([, lat]) => lat);
  const [west, east, south, north] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = MAP_BOX / Math.max((east - west) * k, north - south);
  return {
    width: (east - west) * k * scale,
    height: (north - south) * scale,
    project: ([lng, lat]: Position): [number, number] => [(lng - west) * k * scale, (north - lat) * scale],
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

function pathData(polygon: PolygonCoordinates, project: (p: Position) => [number, number]): string {
  return polygon.map((ring) => `M${ring.map((p) => project(p).map(round).join(",")).join("L")}Z`).join("");
}

/** The area centroid of the exterior ring ([lng, lat]); the vertices' mean for a degenerate ring. */
function centroid([ring = []]: PolygonCoordinates): Position {
  let [area, x, y] = [0, 0, 0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    const cross = xj * yi - xi * yj;
    area += cross;
    x += (xj + xi) * cross;
    y += (yj + yi) * cross;
  }
  if (area === 0)
    return [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
  return [x / (3 * area), y / (3 * area)];
}

type TextOptions = { size: number; weight?: number; dir: "ltr" | "rtl"; fill?: string; lang?: string; data?: string };

/** Lines of text from their start edge: the left for ltr, the right for rtl (text-anchor follows direction). */
function textLines(x: number, y: number, lines: string[], lineHeight: number, options: TextOptions): string {
  const attributes = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${options.size}"`,
    options.weight ? `font-weight="${options.weight}"` : "",
    `fill="${options.fill ?? DARK_TEXT}"`,
    `direction="${options.dir}"`,
    `text-anchor="start"`,
    options.lang ? `xml:lang="${escapeXml(options.lang)}"` : "",
    options.data ?? "",
  ].filter(Boolean);
  const spans = lines
    .map((line, i) => `<tspan x="${round(x)}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`)
    .join("");
  return `<text ${attributes.join(" ")}>${spans}</text>`;
}

const fillOf = (index: number, classes: readonly CoverageClass[]) =>
  classes.find((c) => c.index === index)?.isHatched ? `url(#${HATCH_ID})` : classColour(index, classes);

type Layout = { isRtl: boolean; dir: "ltr" | "rtl"; classes: readonly CoverageClass[] };

/** A name beside its town's dot, anchored on the dot's side so a name wider than estimated grows away from it. */
function nameLabel(
  m: { slug: string; name: string; x: number; y: number; classIndex: number },
  placement: Placement | null,
  { classes }: Layout,
) {
  const colour = classes.find((c) => c.index === m.classIndex)?.textColour ?? DARK_TEXT;
  const halo = colour === DARK_TEXT ? LIGHT_TEXT : DARK_TEXT;
  // A name that fits nowhere at this size is drawn below its dot all the same: a report names every municipality.
  const side = placement ?? "s";
  const [x, y, anchor] =
    side === "e"
      ? [m.x + LABEL_GAP, m.y, "start"]
      : side === "w"
        ? [m.x - LABEL_GAP, m.y, "end"]
        : [m.x, side === "n" ? m.y - LABEL_GAP - LABEL_SIZE / 2 : m.y + LABEL_GAP + LABEL_SIZE / 2, "middle"];
  return (
    `<circle cx="${round(m.x)}" cy="${round(m.y)}" r="2.5" fill="${DARK_TEXT}" stroke="#ffffff" stroke-width="1"/>` +
    `<text data-label="${escapeXml(m.slug)}" x="${round(x)}" y="${round(y)}" dy="0.35em" text-anchor="${anchor}" direction="ltr" xml:lang="de" font-size="${LABEL_SIZE}" font-weight="600" fill="${colour}" stroke="${halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(m.name)}</text>`
  );
}

/** The municipalities filled by class, their borders, the county's outline and the names, from 0,0. */
function drawMap(input: CoverageSvgInput, layout: Layout) {
  const { width, height, project } = projection(input.municipalities.flatMap((m) => m.polygon));
  const municipalities = input.municipalities.map((m) => {
    const [x, y] = project(m.center ? [m.center.lng, m.center.lat] : centroid(m.polygon));
    return { ...m, d: pathData(m.polygon, project), x, y };
  });
  const placements = placeLabels(
    municipalities.map(({ name, x, y }) => ({ x, y, width: name.length * LABEL_CHAR_WIDTH, height: LABEL_SIZE + 2 })),
    { left: 0, top: 0, right: width, bottom: height },
  );
  // Two strokes: a white one and a thin dark one on it, so a border shows on the lightest fill and the darkest.
  const borders = municipalities.map((m) => m.d).join("");
  const svg = [
    ...municipalities.map(
      (m) =>
        `<path data-slug="${escapeXml(m.slug)}" data-class="${m.classIndex}" d="${m.d}" fill="${fillOf(m.classIndex, layout.classes)}" fill-rule="evenodd"/>`,
    ),
    `<path d="${borders}" fill="none" stroke="#ffffff" stroke-width="2.2" stroke-linejoin="round"/>`,
    `<path d="${borders}" fill="none" stroke="${DARK_TEXT}" stroke-width="0.7" stroke-linejoin="round"/>`,
    input.boundary
      ? `<path d="${pathData(input.boundary, project)}" fill="none" stroke="${DARK_TEXT}" stroke-width="1.6" stroke-linejoin="round"/>`
      : "",
    ...municipalities.map((m, i) => nameLabel(m, placements[i] ?? null, layout)),
  ];
  return { svg: svg.join("\n"), width, height };
}

/** The legend beside the map: its title, one swatch per class with its range, and how the classes were cut. */
function drawLegend(input: CoverageSvgInput, top: number, layout: Layout) {
  const { isRtl, dir, classes } = layout;
  const start = isRtl ? PAD + LEGEND_WIDTH : WIDTH - PAD - LEGEND_WIDTH; // the legend's start edge
  const along = (offset: number) => (isRtl ? start - offset : start + offset);
  const entries = [
    ...classes.map((c) => ({
      index: c.index,
      label: c.index === 0 ? input.zeroLabel : classRangeLabel(c, input.locale),
    })),
    ...(input.noDataLabel && input.municipalities.some((m) => m.classIndex === NO_DATA_CLASS)
      ? [{ index: NO_DATA_CLASS, label: input.noDataLabel }]
      : []),
  ];
  const titleLines = wrap(input.legendTitle, 28);
  let y = top + 14;
  const parts = [textLines(along(0), y, titleLines, 17, { size: 13, weight: 700, dir })];
  y += (titleLines.length - 1) * 17 + 14;
  for (const entry of entries) {
    parts.push(
      `<g data-legend-class="${entry.index}"><rect x="${round(isRtl ? start - 24 : start)}" y="${round(y)}" width="24" height="16" fill="${fillOf(entry.index, classes)}" stroke="${DARK_TEXT}" stroke-width="0.75"/>` +
        textLines(along(32), y + 12.5, [entry.label], 0, { size: 13, dir }) +
        "</g>",
    );
    y += 24;
  }
  if (input.legendNote) {
    const noteLines = wrap(input.legendNote, 40);
    parts.push(textLines(along(0), y + 10, noteLines, 14, { size: 11, dir, fill: MUTED_TEXT }));
    y += 10 + noteLines.length * 14;
  }
  return { svg: `<g data-part="legend">${parts.join("")}</g>`, bottom: y };
}

/** The map as an SVG document (UTF-8 text): title and filters above, map and legend, date and sources below. */
export function coverageSvg(input: CoverageSvgInput): string {
  const { dir } = input;
  const layout: Layout = { isRtl: dir === "rtl", dir, classes: input.classes };
  const pageStart = layout.isRtl ? WIDTH - PAD : PAD;
  const titleLines = wrap(input.title, 60);
  const subtitleLines = wrap(input.subtitle, 100);
  const subtitleTop = PAD + 20 + (titleLines.length - 1) * 26 + 24;
  const mapTop = subtitleTop + (subtitleLines.length - 1) * 18 + 24;
  const map = drawMap(input, layout);
  const legend = drawLegend(input, mapTop, layout);
  const footerTop = Math.max(mapTop + map.height, legend.bottom) + 28;
  const attributionLines = wrap(input.attribution, 125);
  const height = Math.ceil(footerTop + 18 + (attributionLines.length - 1) * 14 + PAD);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="atlas-title atlas-desc" xml:lang="${escapeXml(input.locale)}" font-family="${escapeXml(FONT)}">`,
    `<title id="atlas-title">${escapeXml(input.title)}</title>`,
    `<desc id="atlas-desc">${escapeXml([input.subtitle, input.legendTitle, input.date, input.attribution].join(" · "))}</desc>`,
    `<defs><pattern id="${HATCH_ID}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="${ZERO_COLOUR}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${HATCH_COLOUR}" stroke-width="1.5"/></pattern></defs>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    textLines(pageStart, PAD + 20, titleLines, 26, { size: 20, weight: 700, dir, data: 'data-part="title"' }),
    textLines(pageStart, subtitleTop, subtitleLines, 18, {
      size: 13,
      dir,
      fill: MUTED_TEXT,
      data: 'data-part="subtitle"',
    }),
    `<g data-part="map" transform="translate(${round(layout.isRtl ? WIDTH - PAD - map.width : PAD)} ${round(mapTop)})">`,
    map.svg,
    `</g>`,
    legend.svg,
    textLines(pageStart, footerTop, [input.date], 0, { size: 12, weight: 600, dir, data: 'data-part="date"' }),
    textLines(pageStart, footerTop + 18, attributionLines, 14, {
      size: 11,
      dir,
      fill: MUTED_TEXT,
      data: 'data-part="attribution"',
    }),
    `</svg>`,
    "",
  ].join("\n");
}

/** The county's dates are German dates: the coverage's moment as a day in Gütersloh, whatever the server's zone. */
const TIME_ZONE = "Europe/Berlin";

/**
 * The SVG of a coverage in a locale: the same figure, classes and colours as the atlas page (classifyCoverage),
 * titled with the filters in words, dated, and attributed to the borders' and the population figures' sources.
 */
export function coverageSvgFor(coverage: Coverage, region: Region, locale: string): string {
  const t = translatorFor(locale, "AtlasMap");
  const { key, classes, municipalities } = classifyCoverage(coverage);
  const regionMunicipalities = new Map(region.municipalities.map((m) => [m.slug, m]));
  const topicName = (slug: string) =>
    localizedName(region.topics.find((topic) => topic.slug === slug)?.names ?? { de: slug }, locale);
  const words = filtersInWords(coverage.filters, region, locale);
  const legendTitle =
    key.kind === "topic"
      ? t("figureTopic", { topic: topicName(key.slug) })
      : key.kind === "language"
        ? t("figureLanguage", { language: languageName(key.code, locale).name })
        : t("figureAll");
  const day = (date: Date, style: "long" | "medium") =>
    new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: TIME_ZONE }).format(date);
  // Each source once, with every reference date its counts have (they differ between municipalities).
  const datesBySource = new Map<string, Set<string>>();
  for (const m of coverage.municipalities)
    datesBySource.set(m.populationSource, (datesBySource.get(m.populationSource) ?? new Set()).add(m.populationDate));
  const sources = [...datesBySource].map(([source, dates]) =>
    t("populationSource", {
      source,
      date: [...dates]
        .sort()
        .map((date) => day(new Date(`${date}T12:00:00Z`), "medium"))
        .join(", "),
    }),
  );
  return coverageSvg({
    municipalities: municipalities.flatMap((m) => {
      const place = regionMunicipalities.get(m.slug);
      return place ? [{ ...m, polygon: place.polygon, center: place.center }] : [];
    }),
    classes,
    title: t("title", { region: region.name }),
    subtitle: words.length > 0 ? t("filters", { filters: words.join(" · ") }) : t("noFilters"),
    legendTitle,
    zeroLabel: t("zero", { zero: new Intl.NumberFormat(locale).format(0) }),
    noDataLabel: t("noData"),
    legendNote: t("legendNote"),
    date: t("date", { date: day(new Date(coverage.generatedAt), "long") }),
    attribution: `${region.attribution.text} · ${t("population", { sources: sources.join("; ") })}`,
    locale,
    dir: textDirection(locale),
    boundary: region.boundary,
  });
}
