import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isPointInPolygon } from "@/lib/geo/point-in-polygon";
import { locales } from "@/lib/i18n/locales";
import { neighboursOf } from "@/lib/region/neighbours";
import { loadRegion, regionDirectory } from "@/lib/region/region";

const region = loadRegion(regionDirectory("kreis-guetersloh"));

describe("the Kreis Gütersloh region", () => {
  test("has its 13 municipalities with AGS, population and postcodes", () => {
    expect(region.municipalities).toHaveLength(13);
    expect(region.municipalities.map((m) => m.slug)).toContain("schloss-holte-stukenbrock");
    for (const municipality of region.municipalities) {
      expect(municipality.ags).toMatch(/^05754\d{3}$/);
      expect(municipality.population).toBeGreaterThan(5_000);
      expect(municipality.postcodes.length).toBeGreaterThan(0);
    }
    expect(region.municipalities.find((m) => m.slug === "guetersloh")?.postcodes).toContain("33330");
  });

  test("no postcode belongs to two municipalities, so a postcode identifies its municipality", () => {
    const all = region.municipalities.flatMap((m) => m.postcodes);
    expect(new Set(all).size).toBe(all.length);
  });

  test("every municipality's centre lies inside its border and inside the county outline", () => {
    for (const municipality of region.municipalities) {
      const point: [number, number] = [municipality.center.lng, municipality.center.lat];
      expect(isPointInPolygon(point, municipality.polygon)).toBe(true);
      expect(isPointInPolygon(point, region.boundary)).toBe(true);
    }
  });

  test("has the six topics of the integration concept with their stable slugs", () => {
    expect(region.topics.map((t) => t.slug)).toEqual([
      "sprache-bildung",
      "zusammenleben-teilhabe",
      "gesundheit-pflege",
      "arbeit-wirtschaft",
      "wohnen-mobilitaet",
      "professionalisierung-institutionen",
    ]);
  });

  test("names every topic and audience in every UI locale", () => {
    for (const entry of [...region.topics, ...region.audiences]) {
      for (const locale of locales) expect(entry.names[locale]).toEqual(expect.any(String));
    }
  });

  test("carries the attribution the map must show", () => {
    expect(region.attribution.text).toContain("GeoBasis-DE / BKG");
    expect(region.attribution.text).toContain("Daten verändert");
  });
});

describe("loadRegion", () => {
  test("names the file and the field when a region file is malformed", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "atlas-region-"));
    const source = regionDirectory("kreis-guetersloh");
    for (const file of ["municipalities.geojson", "boundary.geojson"]) {
      writeFileSync(path.join(directory, file), readFileSync(path.join(source, file)));
    }
    const config = JSON.parse(readFileSync(path.join(source, "region.json"), "utf8")) as { topics: { slug: string }[] };
    config.topics[0]!.slug = "Not A Slug";
    writeFileSync(path.join(directory, "region.json"), JSON.stringify(config));
    expect(() => loadRegion(directory)).toThrow(/region\.json is invalid[\s\S]*topics\[0\]\.slug/);
  });
});

describe("neighboursOf", () => {
  test("finds the municipalities that share a border", () => {
    // Schloß Holte-Stukenbrock touches only Verl inside the district (see DATA-SOURCES.md).
    expect(neighboursOf(region, "schloss-holte-stukenbrock")).toEqual(["verl"]);
    expect(neighboursOf(region, "verl")).toEqual(expect.arrayContaining(["guetersloh", "schloss-holte-stukenbrock"]));
    for (const municipality of region.municipalities) {
      for (const neighbour of neighboursOf(region, municipality.slug)) {
        expect(neighboursOf(region, neighbour)).toContain(municipality.slug);
      }
    }
  });
});
