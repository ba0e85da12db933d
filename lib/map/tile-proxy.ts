import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { RateLimiter } from "@/lib/rate-limit/rate-limiter";

// Map tiles reach the browser only through this app: the upstream server never sees a resident's address.
// Tiles are cached on disk (they rarely change) and requests are rate-limited per client and in total, so
// the upstream's usage policy is respected.

export const TileCoordinatesSchema = z
  .object({
    z: z.coerce.number().int().min(0).max(18),
    x: z.coerce.number().int().min(0),
    y: z.coerce
      .string()
      .regex(/^\d+(\.png)?$/)
      .transform((value) => Number.parseInt(value, 10)),
  })
  .refine(({ z: zoom, x, y }) => x < 2 ** zoom && y < 2 ** zoom, { error: "tile outside the world at this zoom" });

export type TileCoordinates = z.infer<typeof TileCoordinatesSchema>;

export type TileResult =
  { status: 200; body: Buffer; contentType: string; cached: boolean } | { status: 404 | 429 | 502; message: string };

export type TileProxyOptions = {
  upstreamTemplate: string | undefined;
  cacheDir: string;
  /** Only tiles over this area (the region, with a margin) and zoom levels are served: the cache stays small. */
  bounds: { west: number; south: number; east: number; north: number };
  minZoom?: number;
  maxZoom?: number;
  perClientPerMinute?: number;
  upstreamPerMinute?: number;
};

/** The tile column and row that contain a point at a zoom level (Web Mercator, as every tile server uses). */
export function tileOf(lat: number, lng: number, zoom: number): { x: number; y: number } {
  const n = 2 ** zoom;
  const latRad = (lat * Math.PI) / 180;
  return {
    x: Math.floor(((lng + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * n),
  };
}

export class TileProxy {
  private readonly perClient: RateLimiter;
  private readonly upstream: RateLimiter;

  constructor(private readonly options: TileProxyOptions) {
    this.perClient = new RateLimiter(options.perClientPerMinute ?? 600);
    this.upstream = new RateLimiter(options.upstreamPerMinute ?? 1_200);
  }

  async getTile({ z: zoom, x, y }: TileCoordinates, clientKey: string): Promise<TileResult> {
    if (!this.options.upstreamTemplate) return { status: 404, message: "No tile server is configured." };
    if (!this.covers(zoom, x, y)) return { status: 404, message: "Tiles are served for the region only." };
    if (!this.perClient.allow(clientKey)) return { status: 429, message: "Too many tile requests; please slow down." };
    const file = path.join(this.options.cacheDir, String(zoom), String(x), `${y}.png`);
    try {
      return { status: 200, body: await readFile(file), contentType: "image/png", cached: true };
    } catch {
      // not cached yet
    }
    if (!this.upstream.allow("upstream"))
      return { status: 429, message: "The tile server is busy; please try again shortly." };
    const url = this.options.upstreamTemplate
      .replace("{z}", String(zoom))
      .replace("{x}", String(x))
      .replace("{y}", String(y));
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { "User-Agent": "Integrationsatlas tile proxy" },
        signal: AbortSignal.timeout(10_000),
      });
    } catch {
      return { status: 502, message: "The tile server did not answer." };
    }
    if (!response.ok) return { status: 502, message: `The tile server answered ${response.status}.` };
    const body = Buffer.from(await response.arrayBuffer());
    try {
      // A unique temporary name: two requests for the same tile may write at once.
      const temporary = `${file}.${randomUUID()}.tmp`;
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(temporary, body);
      await rename(temporary, file);
    } catch (error) {
      console.error("Tile not cached:", error); // the tile is still served
    }
    return { status: 200, body, contentType: response.headers.get("content-type") ?? "image/png", cached: false };
  }

  private covers(zoom: number, x: number, y: number): boolean {
    const { bounds, minZoom = 7, maxZoom = 18 } = this.options;
    if (zoom < minZoom || zoom > maxZoom) return false;
    const topLeft = tileOf(bounds.north, bounds.west, zoom);
    const bottomRight = tileOf(bounds.south, bounds.east, zoom);
    return x >= topLeft.x && x <= bottomRight.x && y >= topLeft.y && y <= bottomRight.y;
  }
}
