import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { RateLimiter } from "@/lib/rate-limit/rate-limiter";

// Map tiles reach the browser only through this app: the upstream server never sees a resident's address.
// Tiles are cached on disk (they rarely change) and requests are rate-limited per client and in total, so
// the upstream's usage policy is respected. The cache has a size cap (TILE_CACHE_MAX_MB): before a new tile is
// written, the least recently served tiles are deleted to make room, so the folder never grows past it.

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
  /** The most the cached tiles may take on disk, in bytes. */
  maxCacheBytes: number;
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

/** The cached tiles under `cacheDir` with their sizes, least recently used (oldest modification time) first. */
async function scanCache(cacheDir: string): Promise<Map<string, number>> {
  let names: string[];
  try {
    names = await readdir(cacheDir, { recursive: true });
  } catch {
    return new Map(); // no cache yet
  }
  const tiles: { file: string; bytes: number; usedAt: number }[] = [];
  for (const name of names) {
    const file = path.join(cacheDir, name);
    if (name.endsWith(".tmp")) await unlink(file).catch(() => undefined); // left by a crash mid-write
    if (!name.endsWith(".png")) continue;
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) tiles.push({ file, bytes: info.size, usedAt: info.mtimeMs });
  }
  tiles.sort((a, b) => a.usedAt - b.usedAt);
  return new Map(tiles.map((tile) => [tile.file, tile.bytes]));
}

export class TileProxy {
  private readonly perClient: RateLimiter;
  private readonly upstream: RateLimiter;
  // Insertion order is recency: a served tile moves to the end, eviction takes from the front. Bytes of tiles
  // being written are counted from the moment room is made for them, so concurrent writes cannot overshoot.
  private cache: Promise<Map<string, number>> | null = null;
  private cachedBytes = 0;

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
      const body = await readFile(file);
      await this.markUsed(file);
      return { status: 200, body, contentType: "image/png", cached: true };
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
    await this.store(file, body);
    return { status: 200, body, contentType: response.headers.get("content-type") ?? "image/png", cached: false };
  }

  private loadCache(): Promise<Map<string, number>> {
    this.cache ??= scanCache(this.options.cacheDir).then((tiles) => {
      for (const bytes of tiles.values()) this.cachedBytes += bytes;
      return tiles;
    });
    return this.cache;
  }

  /** Moves a served tile to the recent end; its modification time keeps that order across restarts. */
  private async markUsed(file: string): Promise<void> {
    const tiles = await this.loadCache();
    const bytes = tiles.get(file);
    if (bytes === undefined) return;
    tiles.delete(file);
    tiles.set(file, bytes);
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
  }

  /** Writes a tile after deleting the least recently used ones until it fits under the cap. */
  private async store(file: string, body: Buffer): Promise<void> {
    const { maxCacheBytes } = this.options;
    if (body.length > maxCacheBytes) return;
    const tiles = await this.loadCache();
    const previous = tiles.get(file);
    if (previous !== undefined) {
      tiles.delete(file);
      this.cachedBytes -= previous;
    }
    this.cachedBytes += body.length; // reserved before any await, so concurrent writes see it
    const evicted: string[] = [];
    for (const [oldest, bytes] of tiles) {
      if (this.cachedBytes <= maxCacheBytes) break;
      tiles.delete(oldest);
      this.cachedBytes -= bytes;
      evicted.push(oldest);
    }
    await Promise.all(evicted.map((oldest) => unlink(oldest).catch(() => undefined)));
    if (this.cachedBytes > maxCacheBytes) {
      this.cachedBytes -= body.length; // the room is taken by tiles still being written: serve it uncached
      return;
    }
    try {
      // A unique temporary name: two requests for the same tile may write at once.
      const temporary = `${file}.${randomUUID()}.tmp`;
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(temporary, body);
      await rename(temporary, file);
      // Two requests for the same uncached tile both reserved room; the file counts once.
      const counted = tiles.get(file);
      if (counted !== undefined) this.cachedBytes -= counted;
      tiles.set(file, body.length);
    } catch (error) {
      this.cachedBytes -= body.length;
      console.error("Tile not cached:", error); // the tile is still served
    }
  }

  /** Bytes of cached tiles as this proxy counts them (for tests and the health of the cap). */
  async cacheBytes(): Promise<number> {
    await this.loadCache();
    return this.cachedBytes;
  }

  private covers(zoom: number, x: number, y: number): boolean {
    const { bounds, minZoom = 7, maxZoom = 18 } = this.options;
    if (zoom < minZoom || zoom > maxZoom) return false;
    const topLeft = tileOf(bounds.north, bounds.west, zoom);
    const bottomRight = tileOf(bounds.south, bounds.east, zoom);
    return x >= topLeft.x && x <= bottomRight.x && y >= topLeft.y && y <= bottomRight.y;
  }
}
