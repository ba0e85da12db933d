import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { regionBorders } from "@/lib/map/region-borders";
import { loadRegionWater } from "@/lib/map/region-water";
import { loadRegion, regionDirectory } from "@/lib/region/region";

const directory = regionDirectory("kreis-guetersloh");
const region = loadRegion(directory);

describe("region water", () => {
  test("the Ems crosses the county: a river line passes Rietberg and Wiedenbrück within a kilometre", () => {
    const water = loadRegionWater(directory)!;
    const near = (slug: string) => {
      const { lat, lng } = region.municipalities.find((m) => m.slug === slug)!.center;
      const kmPerDegreeLng = 111.32 * Math.cos((lat * Math.PI) / 180);
      return Math.min(
        ...water.lines.flatMap((line) =>
          line.coordinates.map(([x, y]) => Math.hypot((x - lng) * kmPerDegreeLng, (y - lat) * 111.32)),
        ),
      );
    };
    expect(near("rietberg")).toBeLessThan(1);
    expect(near("rheda-wiedenbrueck")).toBeLessThan(1);
  });

  test("the file stays small: clipped and simplified, not the raw download", () => {
    const water = loadRegionWater(directory)!;
    const vertices = water.lines.reduce((sum, line) => sum + line.coordinates.length, 0);
    expect(vertices).toBeLessThan(1_000);
  });

  test("a region without a water file has no water layer", () => {
    const empty = mkdtempSync(path.join(tmpdir(), "region-"));
    expect(loadRegionWater(empty)).toBeNull();
    expect(regionBorders(region, null).waterAttribution).toBeUndefined();
  });

  test("a malformed or out-of-bbox water file is refused with its name", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "region-"));
    const file = (features: unknown[]) =>
      writeFileSync(
        path.join(folder, "water.geojson"),
        JSON.stringify({ type: "FeatureCollection", attribution: "x", bbox: [8, 51, 9, 52], features }),
      );
    const line = (coordinates: number[][]) => ({
      type: "Feature",
      properties: { kind: "river", level: 2 },
      geometry: { type: "LineString", coordinates },
    });
    file([line([[8.5, 51.5]])]);
    expect(() => loadRegionWater(folder)).toThrow(/water\.geojson is invalid/);
    file([
      line([
        [8.5, 51.5],
        [9.5, 51.5],
      ]),
    ]);
    expect(() => loadRegionWater(folder)).toThrow(/outside its bbox/);
  });
});
