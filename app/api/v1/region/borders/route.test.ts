import { GET } from "@/app/api/v1/region/borders/route";
import { isPointInPolygon } from "@/lib/geo/point-in-polygon";
import type { RegionBorders } from "@/lib/map/region-borders";

type MunicipalityFeature = Extract<RegionBorders["features"][number], { properties: { kind: "municipality" } }>;

describe("GET /api/v1/region/borders", () => {
  test("serves the county, 13 municipalities with a label point inside each, and the rivers", async () => {
    const response = GET();
    expect(response.headers.get("content-type")).toContain("application/json");
    const borders = (await response.json()) as RegionBorders;
    const municipalities = borders.features.filter(
      (feature): feature is MunicipalityFeature => feature.properties.kind === "municipality",
    );
    expect(municipalities).toHaveLength(13);
    for (const { properties, geometry } of municipalities) {
      // The label sits on the main settlement, inside its own municipality.
      expect(isPointInPolygon(properties.label, geometry.coordinates as [number, number][][])).toBe(true);
      expect(properties.population).toBeGreaterThan(5_000);
    }
    expect(municipalities.map((m) => m.properties.name)).toEqual(expect.arrayContaining(["Gütersloh", "Verl"]));
    expect(borders.features.filter((f) => f.properties.kind === "county")).toHaveLength(1);
    expect(borders.features.filter((f) => f.properties.kind === "water").length).toBeGreaterThan(0);
    // Every layer drawn names its source.
    expect(borders.attribution).toContain("GeoBasis-DE / BKG");
    expect(borders.waterAttribution).toContain("GSHHG");
    expect(borders.waterAttribution).toContain("LGPL-3.0");
  });
});
