import { NextResponse } from "next/server";
import { regionBorders } from "@/lib/map/region-borders";
import { getRegion } from "@/lib/region/region";

/** GET /api/v1/region/borders — county and municipal borders (GeoJSON) with the attribution to show. */
export function GET() {
  return NextResponse.json(regionBorders(getRegion()), { headers: { "Cache-Control": "public, max-age=3600" } });
}
