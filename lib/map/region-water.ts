import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// The rivers drawn under the labels when no tile server is configured (regions/<slug>/water.geojson, built by
// scripts/build-water.ts). A region folder without the file simply has no water layer.

const positionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

const WaterFileSchema = z.object({
  type: z.literal("FeatureCollection"),
  attribution: z.string().min(1),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  features: z.array(
    z.object({
      type: z.literal("Feature"),
      properties: z.object({ kind: z.literal("river"), level: z.number().int().min(1).max(11) }),
      geometry: z.object({ type: z.literal("LineString"), coordinates: z.array(positionSchema).min(2) }),
    }),
  ),
});

export type RegionWater = { attribution: string; lines: { level: number; coordinates: [number, number][] }[] };

/** Reads and validates the region's water file; throws with the offending field when it is malformed. */
export function loadRegionWater(directory: string): RegionWater | null {
  const file = path.join(directory, "water.geojson");
  if (!existsSync(file)) return null;
  const parsed = WaterFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`Region file ${file} is invalid:\n${z.prettifyError(parsed.error)}`);
  const [west, south, east, north] = parsed.data.bbox;
  const outside = parsed.data.features.find(({ geometry }) =>
    geometry.coordinates.some(([lng, lat]) => lng < west || lng > east || lat < south || lat > north),
  );
  if (outside) throw new Error(`Region file ${file} has a river outside its bbox.`);
  return {
    attribution: parsed.data.attribution,
    lines: parsed.data.features.map(({ properties, geometry }) => ({
      level: properties.level,
      coordinates: geometry.coordinates,
    })),
  };
}
