import type { RegionWater } from "@/lib/map/region-water";
import type { Region } from "@/lib/region/region";

type Position = [number, number];

export type RegionBorders = {
  type: "FeatureCollection";
  /** HTML for the attribution control: the sources of the borders and labels. */
  attribution: string;
  /** HTML for the attribution control when the rivers are drawn (only maps without tiles draw them). */
  waterAttribution?: string;
  /** HTML for the attribution control when tiles are drawn: the tile server's source note. */
  tileAttribution?: string;
  features: (
    | {
        type: "Feature";
        properties: { kind: "county"; slug: string; name: string };
        geometry: { type: "Polygon"; coordinates: number[][][] };
      }
    | {
        type: "Feature";
        // `label` ([lng, lat]) is the town centre, where the name is drawn when there are no tiles;
        // `population` ranks the labels when they do not all fit.
        properties: { kind: "municipality"; slug: string; name: string; label: Position; population: number };
        geometry: { type: "Polygon"; coordinates: number[][][] };
      }
    | {
        type: "Feature";
        properties: { kind: "water"; level: number };
        geometry: { type: "LineString"; coordinates: Position[] };
      }
  )[];
};

/**
 * The county outline, the municipal borders with their label points and, when the region has them, the rivers,
 * as one GeoJSON collection for the map: one request draws the whole base map.
 */
export function regionBorders(
  region: Region,
  water: RegionWater | null = null,
  tileAttribution?: string,
): RegionBorders {
  return {
    type: "FeatureCollection",
    attribution: region.attribution.html,
    ...(water ? { waterAttribution: water.attribution } : {}),
    ...(tileAttribution ? { tileAttribution } : {}),
    features: [
      {
        type: "Feature" as const,
        properties: { kind: "county" as const, slug: region.slug, name: region.name },
        geometry: { type: "Polygon" as const, coordinates: region.boundary },
      },
      ...region.municipalities.map((m) => ({
        type: "Feature" as const,
        properties: {
          kind: "municipality" as const,
          slug: m.slug,
          name: m.name,
          label: [m.center.lng, m.center.lat] as Position,
          population: m.population,
        },
        geometry: { type: "Polygon" as const, coordinates: m.polygon },
      })),
      ...(water?.lines ?? []).map((line) => ({
        type: "Feature" as const,
        properties: { kind: "water" as const, level: line.level },
        geometry: { type: "LineString" as const, coordinates: line.coordinates },
      })),
    ],
  };
}

/** Where "near a postcode" searches from: the centre of the municipality the postcode belongs to. */
export function postcodeCentres(region: Region): Record<string, { lat: number; lng: number }> {
  return Object.fromEntries(region.municipalities.flatMap((m) => m.postcodes.map((code) => [code, m.center])));
}
