import type { Position } from "@/lib/geo/point-in-polygon";
import { areNeighbours, neighboursOf } from "@/lib/region/neighbours";
import { loadRegion, regionDirectory, type Region, type RegionMunicipality } from "@/lib/region/region";

const region = loadRegion(regionDirectory("kreis-guetersloh"));

// Ground truth for Kreis Gütersloh: the pairs whose polygons share bit-identical vertices in
// regions/kreis-guetersloh/municipalities.geojson (VG250 stores each shared border once, see DATA-SOURCES.md,
// "Shared-arc topology"), which also agree with the real map: Gütersloh's neighbours inside the district are
// the six below (Bielefeld lies outside), Schloß Holte-Stukenbrock touches only Verl, and Versmold in the
// north-west is about 25 km from Verl in the south-east.
const GUETERSLOH_NEIGHBOURS = [
  "harsewinkel",
  "herzebrock-clarholz",
  "rheda-wiedenbrueck",
  "rietberg",
  "steinhagen",
  "verl",
];

function pairsSharingAVertex(data: Region): Set<string> {
  const owners = new Map<string, Set<string>>();
  for (const municipality of data.municipalities) {
    for (const [lng, lat] of municipality.polygon.flat()) {
      const key = `${lng},${lat}`;
      owners.set(key, (owners.get(key) ?? new Set()).add(municipality.slug));
    }
  }
  const pairs = new Set<string>();
  for (const slugs of owners.values()) {
    for (const a of slugs) for (const b of slugs) if (a < b) pairs.add(`${a}|${b}`);
  }
  return pairs;
}

describe("neighbours in Kreis Gütersloh", () => {
  test("Gütersloh borders Harsewinkel, Herzebrock-Clarholz, Rheda-Wiedenbrück, Rietberg, Steinhagen and Verl", () => {
    expect(neighboursOf(region, "guetersloh")).toEqual(GUETERSLOH_NEIGHBOURS);
  });

  test("places far apart are not neighbours, places sharing a border are", () => {
    expect(areNeighbours(region, "versmold", "verl")).toBe(false);
    expect(areNeighbours(region, "borgholzhausen", "langenberg")).toBe(false);
    expect(areNeighbours(region, "versmold", "borgholzhausen")).toBe(true);
    expect(areNeighbours(region, "langenberg", "rietberg")).toBe(true);
    expect(neighboursOf(region, "schloss-holte-stukenbrock")).toEqual(["verl"]);
  });

  test("agrees exactly with the pairs that share a border vertex in the data", () => {
    const found = new Set<string>();
    for (const { slug } of region.municipalities) {
      for (const neighbour of neighboursOf(region, slug)) if (slug < neighbour) found.add(`${slug}|${neighbour}`);
    }
    expect([...found].sort()).toEqual([...pairsSharingAVertex(region)].sort());
    expect(found.size).toBe(23);
  });

  test("the relation is symmetric and no municipality is its own neighbour", () => {
    for (const { slug } of region.municipalities) {
      expect(areNeighbours(region, slug, slug)).toBe(false);
      for (const neighbour of neighboursOf(region, slug)) expect(neighboursOf(region, neighbour)).toContain(slug);
    }
  });

  test("unknown municipalities have no neighbours", () => {
    expect(neighboursOf(region, "bielefeld")).toEqual([]);
    expect(areNeighbours(region, "bielefeld", "guetersloh")).toBe(false);
  });

  test("is computed once per region", () => {
    expect(neighboursOf(region, "verl")).toBe(neighboursOf(region, "verl"));
  });
});

describe("borders whose vertices do not coincide", () => {
  // Two squares side by side at 52° N, 0.01° (≈ 690 m) wide, with a gap between them of `gapDegrees` of longitude.
  function twoSquares(gapDegrees: number): Region {
    const square = (slug: string, west: number): RegionMunicipality => {
      const ring: Position[] = [
        [west, 52],
        [west + 0.01, 52],
        [west + 0.01, 52.01],
        [west, 52.01],
        [west, 52],
      ];
      return { ...region.municipalities[0]!, slug, polygon: [ring] };
    };
    return {
      ...region,
      bbox: { west: 8, south: 52, east: 8.03, north: 52.01 },
      municipalities: [square("west", 8), square("east", 8.01 + gapDegrees)],
    };
  }

  test("are joined across a gap of a few metres (simplification drift)", () => {
    // 0.0003° of longitude at 52° N ≈ 21 m.
    expect(areNeighbours(twoSquares(0.0003), "west", "east")).toBe(true);
  });

  test("are not joined across a gap of a few hundred metres", () => {
    // 0.003° of longitude at 52° N ≈ 206 m.
    expect(areNeighbours(twoSquares(0.003), "west", "east")).toBe(false);
  });
});
