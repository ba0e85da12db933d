import { clientKeyFrom } from "@/lib/rate-limit/client-key";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { TileCoordinatesSchema, TileProxy } from "@/lib/map/tile-proxy";
import { getRegion } from "@/lib/region/region";
import { apiError } from "@/lib/http/api-error";

const { bbox } = getRegion();
// The region with a margin of about 10 km, so the map can be panned a little beyond the border.
const proxy = new TileProxy({
  upstreamTemplate: env.NEXT_PUBLIC_TILE_URL,
  cacheDir: path.join(env.DATA_DIR, "tiles"),
  maxCacheBytes: env.TILE_CACHE_MAX_MB * 1024 * 1024,
  bounds: { west: bbox.west - 0.15, south: bbox.south - 0.1, east: bbox.east + 0.15, north: bbox.north + 0.1 },
});

/** GET /api/tiles/{z}/{x}/{y} — map tiles through this app, so browsers never contact a third party. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ z: string; x: string; y: string }> }) {
  const coordinates = TileCoordinatesSchema.safeParse(await params);
  if (!coordinates.success) return apiError(400, "invalid_tile", "No such tile.");
  const client = clientKeyFrom(request.headers);
  const tile = await proxy.getTile(coordinates.data, client);
  if (tile.status !== 200) return apiError(tile.status, "tile_unavailable", tile.message);
  return new NextResponse(new Uint8Array(tile.body), {
    headers: {
      "Content-Type": tile.contentType,
      "Cache-Control": "public, max-age=86400",
      "X-Tile-Cache": tile.cached ? "hit" : "miss",
    },
  });
}
