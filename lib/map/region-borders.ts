import type { Region } from "@/lib/region/region";

export type RegionBorders = {
  type: "FeatureCollection";
  attribution: string;
  features: {
    type: "Feature";
    properties: { kind: "county" | "municipality"; slug: string; name: string };
    geometry: { type: "Polygon"; coordinates: number[][][] };
  }[];
};

/** The county outline and the municipal borders as one GeoJSON collection for the map. */
export function regionBorders(region: Region): RegionBorders {
  return {
    type: "FeatureCollection",
    attribution: region.attribution.html,
    features: [
      {
        type: "Feature",
        properties: { kind: "county", slug: region.slug, name: region.name },
        geometry: { type: "Polygon", coordinates: region.boundary },
      },
      ...region.municipalities.map((m) => ({
        type: "Feature" as const,
        properties: { kind: "municipality" as const, slug: m.slug, name: m.name },
        geometry: { type: "Polygon" as const, coordinates: m.polygon },
      })),
    ],
  };
}

/** Where "near a postcode" searches from: the centre of the municipality the postcode belongs to. */
export function postcodeCentres(region: Region): Record<string, { lat: number; lng: number }> {
  return Object.fromEntries(region.municipalities.flatMap((m) => m.postcodes.map((code) => [code, m.center])));
}
