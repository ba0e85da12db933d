import path from "node:path";
// saxes: a strict, namespace-aware XML parser (installed with exceljs), independent of the code under test.
import { SaxesParser } from "saxes";
import { coverageClasses, classOf } from "@/lib/gaps/coverage-classes";
import type { Coverage } from "@/lib/gaps/coverage";
import { coverageSvg, coverageSvgFor, escapeXml, type CoverageSvgInput } from "@/lib/gaps/coverage-svg";
import { loadRegion } from "@/lib/region/region";

type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string };

/** Parses with saxes (which throws on anything not well-formed) into a small tree. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value]));
    const element: XmlElement = { name: tag.name, attributes, children: [], text: "" };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on("text", (text) => {
    for (const element of stack) element.text += text;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();
  return root.children[0]!;
}

function all(element: XmlElement, match: (e: XmlElement) => boolean): XmlElement[] {
  return [...(match(element) ? [element] : []), ...element.children.flatMap((child) => all(child, match))];
}

/** The text as displayed: each line (tspan) joined by a space. */
const displayed = (element: XmlElement) =>
  element.children.length > 0 ? element.children.map((child) => child.text).join(" ") : element.text;

const region = loadRegion(path.join(process.cwd(), "regions", "kreis-guetersloh"));
const VALUES = [0, 0, 0, 0.8, 1.2, 2.4, 3.1, 3.56, 4.4, 7.9, 11.3, 23.47, 5];

function input(overrides: Partial<CoverageSvgInput> = {}): CoverageSvgInput {
  const classes = coverageClasses(VALUES);
  return {
    municipalities: region.municipalities.map((m, i) => ({
      slug: m.slug,
      name: m.name,
      value: VALUES[i]!,
      offers: i,
      classIndex: classOf(VALUES[i]!, classes),
      polygon: m.polygon,
      center: m.center,
    })),
    classes,
    title: "Integrationsangebote im Kreis Gütersloh",
    subtitle: "Filter: Sprache & Bildung",
    legendTitle: "Angebote je 10.000 Einwohnerinnen und Einwohner",
    zeroLabel: "0 = kein Angebot",
    date: "Stand: 3. März 2026",
    attribution: region.attribution.text,
    locale: "de",
    dir: "ltr",
    ...overrides,
  };
}

test("every municipality is one path filled with its class's colour, the zero class hatched", () => {
  const svg = parseXml(coverageSvg(input()));
  expect(svg.name).toBe("svg");
  expect(svg.attributes.viewBox).toMatch(/^0 0 840 \d+$/);
  const paths = all(svg, (e) => e.name === "path" && e.attributes["data-slug"] !== undefined);
  expect(paths).toHaveLength(13);
  expect(paths.map((p) => p.attributes["data-slug"])).toEqual(region.municipalities.map((m) => m.slug));
  const classes = coverageClasses(VALUES);
  const hatch = all(svg, (e) => e.name === "pattern")[0]!;
  for (const [i, p] of paths.entries()) {
    const index = classOf(VALUES[i]!, classes);
    expect(p.attributes["data-class"]).toBe(String(index));
    expect(p.attributes.fill).toBe(index === 0 ? `url(#${hatch.attributes.id})` : classes[index]!.colour);
    expect(p.attributes.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+Z$/);
  }
  expect(all(hatch, (e) => e.name === "rect")[0]!.attributes.fill).toBe(classes[0]!.colour);
  const names = all(svg, (e) => e.name === "text" && e.attributes["data-label"] !== undefined).map((e) => e.text);
  expect(names).toEqual(region.municipalities.map((m) => m.name));
});

test("the legend states the zero class and every class break in the locale's numbers", () => {
  const svg = parseXml(coverageSvg(input()));
  const entries = all(svg, (e) => e.attributes["data-legend-class"] !== undefined).map((entry) => ({
    index: entry.attributes["data-legend-class"],
    fill: all(entry, (e) => e.name === "rect")[0]!.attributes.fill,
    label: entry.text,
  }));
  expect(entries).toEqual([
    { index: "0", fill: "url(#atlas-zero-hatch)", label: "0 = kein Angebot" },
    // Ten positive values; quartiles 2.575, 3.98 and 7.175 round to 2.6, 4 and 7.2.
    { index: "1", fill: "#ffffcc", label: "0,8 – 2,6" },
    { index: "2", fill: "#a1dab4", label: "2,6 – 4" },
    { index: "3", fill: "#41b6c4", label: "4 – 7,2" },
    { index: "4", fill: "#225ea8", label: "7,2 – 23,47" },
  ]);
  const legend = all(svg, (e) => e.attributes["data-part"] === "legend")[0]!;
  expect(displayed(all(legend, (e) => e.name === "text")[0]!)).toBe("Angebote je 10.000 Einwohnerinnen und Einwohner");
});

test("title, filters, date and attribution are written out", () => {
  const svg = parseXml(coverageSvg(input()));
  const part = (name: string) => displayed(all(svg, (e) => e.attributes["data-part"] === name)[0]!);
  expect(part("title")).toBe("Integrationsangebote im Kreis Gütersloh");
  expect(part("subtitle")).toBe("Filter: Sprache & Bildung");
  expect(part("date")).toBe("Stand: 3. März 2026");
  expect(part("attribution")).toBe(region.attribution.text);
  expect(all(svg, (e) => e.name === "title")[0]!.text).toBe("Integrationsangebote im Kreis Gütersloh");
});

test("names with markup characters are escaped, and characters XML cannot hold are dropped", () => {
  const base = input();
  const svgText = coverageSvg({
    ...base,
    municipalities: base.municipalities.map((m, i) => (i === 0 ? { ...m, name: 'Café & <Bar> "Nord"' } : m)),
    subtitle: "Suchbegriff „<script>alert('x')</script>\u0007“",
  });
  const svg = parseXml(svgText);
  expect(svgText).not.toContain("<script>");
  expect(all(svg, (e) => e.attributes["data-label"] === base.municipalities[0]!.slug)[0]!.text).toBe(
    'Café & <Bar> "Nord"',
  );
  expect(displayed(all(svg, (e) => e.attributes["data-part"] === "subtitle")[0]!)).toBe(
    "Suchbegriff „<script>alert('x')</script>“",
  );
  expect(escapeXml("a\u0000b\uFFFEc & d")).toBe("abc &amp; d");
});

test("right-to-left texts run from the right edge; the German names stay left-to-right", () => {
  const svg = parseXml(coverageSvg(input({ title: "خدمات الاندماج في Kreis Gütersloh", locale: "ar", dir: "rtl" })));
  const title = all(svg, (e) => e.attributes["data-part"] === "title")[0]!;
  expect(title.attributes).toMatchObject({ direction: "rtl", "text-anchor": "start", x: "816" });
  expect(displayed(title)).toBe("خدمات الاندماج في Kreis Gütersloh");
  const label = all(svg, (e) => e.attributes["data-label"] !== undefined)[0]!;
  expect(label.attributes).toMatchObject({ direction: "ltr", "xml:lang": "de" });
});

function coverage(filters: Partial<Coverage["filters"]> = {}): Coverage {
  return {
    generatedAt: "2026-03-03T10:00:00.000Z",
    filters: { text: "", topic: [], language: [], audience: [], free: false, ...filters },
    municipalities: region.municipalities.map((m, i) => ({
      slug: m.slug,
      name: m.name,
      population: m.population,
      populationDate: m.populationDate,
      populationSource: m.populationSource,
      offers: i,
      per10k: VALUES[i]!,
      topics: { "sprache-bildung": { offers: 0, per10k: 0 } },
      languages: {},
    })),
    totals: { population: 1, populationDate: "2023-12-31", offers: 0, per10k: 0, topics: {}, languages: {} },
  };
}

test("the export of a coverage is titled, dated and attributed in the reader's language", () => {
  const svg = parseXml(coverageSvgFor(coverage({ free: true, audience: [] }), region, "de"));
  const part = (name: string) => displayed(all(svg, (e) => e.attributes["data-part"] === name)[0]!);
  expect(part("title")).toBe("Integrationsangebote im Kreis Gütersloh");
  expect(part("subtitle")).toBe("Filter: kostenlos");
  expect(part("date")).toBe("Stand: 3. März 2026");
  expect(part("attribution")).toContain(region.attribution.text);
  // Each source of the population figures once, with the reference dates of its counts.
  expect(part("attribution")).toContain(
    "Einwohnerzahlen: IT.NRW, Fortschreibung des Bevölkerungsstandes (Stand 31.12.2020, 31.12.2022, 31.12.2023); " +
      "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis (Stand 31.12.2018)",
  );
  expect(all(svg, (e) => e.attributes["data-slug"] !== undefined)).toHaveLength(13);
  expect(all(svg, (e) => e.name === "path" && e.attributes.stroke === "#1b2633").length).toBeGreaterThan(0);
});

test("one chosen topic is the mapped figure, named in the legend; Arabic runs right to left", () => {
  const svg = parseXml(coverageSvgFor(coverage({ topic: ["sprache-bildung"] }), region, "ar"));
  const legend = all(svg, (e) => e.attributes["data-part"] === "legend")[0]!;
  expect(legend.text).toContain("الموضوع");
  // Every municipality has 0 offers of the topic: the map is all gap, the legend the zero class only.
  expect(
    new Set(all(svg, (e) => e.attributes["data-slug"] !== undefined).map((p) => p.attributes["data-class"])),
  ).toEqual(new Set(["0"]));
  expect(all(svg, (e) => e.attributes["data-legend-class"] !== undefined)).toHaveLength(1);
  expect(all(svg, (e) => e.attributes["data-part"] === "title")[0]!.attributes.direction).toBe("rtl");
});
