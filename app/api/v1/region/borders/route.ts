import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { regionBorders } from "@/lib/map/region-borders";
import { loadRegionWater } from "@/lib/map/region-water";
import { getRegion, regionDirectory } from "@/lib/region/region";

// Read and validated once per process, like the region itself.
const body = JSON.stringify(
  regionBorders(
    getRegion(),
    loadRegionWater(regionDirectory()),
    env.NEXT_PUBLIC_TILE_URL ? env.TILE_ATTRIBUTION : undefined,
  ),
);

/**
 * GET /api/v1/region/borders — county and municipal borders with their label points, and the region's rivers
 * (GeoJSON), with the attribution of every layer to show.
 */
export function GET() {
  return new NextResponse(body, {
    headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=3600" },
  });
}
