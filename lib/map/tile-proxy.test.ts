import { createServer, type Server } from "node:http";
import { mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { TileCoordinatesSchema, TileProxy, tileOf } from "@/lib/map/tile-proxy";

// A real upstream tile server on 127.0.0.1 that counts its requests.
let server: Server;
let upstreamRequests: string[] = [];
let baseUrl = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    upstreamRequests.push(request.url ?? "");
    if (request.url?.startsWith("/9/")) {
      response.writeHead(500).end();
      return;
    }
    response.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => (upstreamRequests = []));

// Kreis Gütersloh, roughly.
const bounds = { west: 8.07, south: 51.71, east: 8.75, north: 52.14 };
const proxyFor = (options: Partial<ConstructorParameters<typeof TileProxy>[0]> = {}) =>
  new TileProxy({
    upstreamTemplate: `${baseUrl}/{z}/{x}/{y}.png`,
    cacheDir: mkdtempSync(path.join(tmpdir(), "tiles-")),
    bounds,
    minZoom: 3,
    maxCacheBytes: 1024 * 1024,
    ...options,
  });
const tile = (z: number, x: number, y: number) => TileCoordinatesSchema.parse({ z, x, y: String(y) });

test("fetches a tile once and serves it from the disk cache afterwards", async () => {
  const proxy = proxyFor();
  const { x, y } = tileOf(51.9, 8.4, 10);
  expect(await proxy.getTile(tile(10, x, y), "a")).toMatchObject({ status: 200, cached: false });
  expect(await proxy.getTile(tile(10, x, y), "b")).toMatchObject({ status: 200, cached: true });
  expect(upstreamRequests).toEqual([`/10/${x}/${y}.png`]);
});

test("without an upstream the proxy answers 404 and contacts nobody", async () => {
  const { x, y } = tileOf(51.9, 8.4, 10);
  expect(await proxyFor({ upstreamTemplate: undefined }).getTile(tile(10, x, y), "a")).toMatchObject({ status: 404 });
  expect(upstreamRequests).toEqual([]);
});

test("an upstream error becomes a 502, and is not cached", async () => {
  const proxy = proxyFor();
  const { x, y } = tileOf(51.9, 8.4, 9);
  expect(await proxy.getTile(tile(9, x, y), "a")).toMatchObject({ status: 502 });
  expect(await proxy.getTile(tile(9, x, y), "a")).toMatchObject({ status: 502 });
  expect(upstreamRequests).toHaveLength(2);
});

test("limits each client's tile requests", async () => {
  const proxy = proxyFor({ perClientPerMinute: 2 });
  const { x, y } = tileOf(51.9, 8.4, 13);
  expect((await proxy.getTile(tile(13, x, y), "greedy")).status).toBe(200);
  expect((await proxy.getTile(tile(13, x + 1, y), "greedy")).status).toBe(200);
  expect((await proxy.getTile(tile(13, x, y + 1), "greedy")).status).toBe(429);
  expect((await proxy.getTile(tile(13, x, y + 1), "other")).status).toBe(200);
});

test("serves only the region's area, so nobody can fill the cache with the world", async () => {
  const proxy = proxyFor({ minZoom: 8 });
  const guetersloh = tileOf(51.9096, 8.3811, 12);
  expect((await proxy.getTile(tile(12, guetersloh.x, guetersloh.y), "a")).status).toBe(200);
  expect((await proxy.getTile(tile(12, 0, 0), "a")).status).toBe(404);
  expect((await proxy.getTile(tile(5, 16, 10), "a")).status).toBe(404); // zoom below the minimum
  expect(upstreamRequests).toHaveLength(1);
});

test("refuses coordinates outside the world", () => {
  expect(TileCoordinatesSchema.safeParse({ z: "2", x: "4", y: "0" }).success).toBe(false);
  expect(TileCoordinatesSchema.safeParse({ z: "19", x: "0", y: "0" }).success).toBe(false);
  expect(TileCoordinatesSchema.safeParse({ z: "2", x: "3", y: "3.png" }).success).toBe(true);
});

/** Bytes of the .png files under a folder, as they are on disk. */
function bytesOnDisk(dir: string): number {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith(".png"))
    .reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
}

describe("the disk cache's cap", () => {
  // The upstream answers 4 bytes per tile; a cap of 10 bytes holds two tiles.
  const TILE_BYTES = 4;
  const row = (count: number) => {
    const { x, y } = tileOf(51.9, 8.4, 14);
    return Array.from({ length: count }, (_, i) => tile(14, x + (i % 6), y + Math.floor(i / 6))); // inside the region
  };

  test("never lets the cache exceed the cap, deleting the least recently served tiles first", async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), "tiles-"));
    const proxy = proxyFor({ cacheDir, maxCacheBytes: 10 });
    const [a, b, c, d] = row(4);
    for (const next of [a!, b!]) await proxy.getTile(next, "k");
    expect(await proxy.getTile(a!, "k")).toMatchObject({ cached: true }); // a is now more recent than b
    for (const next of [c!, d!]) {
      await proxy.getTile(next, "k");
      expect(bytesOnDisk(cacheDir)).toBeLessThanOrEqual(10);
      expect(await proxy.cacheBytes()).toBe(bytesOnDisk(cacheDir));
    }
    // c evicted b, d evicted a: the two most recent remain.
    expect(await proxy.getTile(d!, "k")).toMatchObject({ cached: true });
    expect(await proxy.getTile(c!, "k")).toMatchObject({ cached: true });
    upstreamRequests = [];
    expect(await proxy.getTile(b!, "k")).toMatchObject({ status: 200, cached: false });
    expect(upstreamRequests).toHaveLength(1);
  });

  test("many tiles at once stay under the cap as well", async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), "tiles-"));
    const proxy = proxyFor({ cacheDir, maxCacheBytes: 5 * TILE_BYTES });
    const results = await Promise.all(row(40).map((next) => proxy.getTile(next, "k")));
    expect(results.every((result) => result.status === 200)).toBe(true);
    expect(bytesOnDisk(cacheDir)).toBeLessThanOrEqual(5 * TILE_BYTES);
    expect(await proxy.cacheBytes()).toBe(bytesOnDisk(cacheDir));
  });

  test("counts what an earlier run left on disk, oldest first, and trims it to the cap", async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), "tiles-"));
    const [a, b, c] = row(3);
    const fileOf = (t: typeof a) => path.join(cacheDir, String(t!.z), String(t!.x), `${t!.y}.png`);
    for (const left of [a, b]) {
      mkdirSync(path.dirname(fileOf(left)), { recursive: true });
      writeFileSync(fileOf(left), Buffer.alloc(TILE_BYTES));
    }
    utimesSync(fileOf(a), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000)); // a is the older
    const proxy = proxyFor({ cacheDir, maxCacheBytes: 2 * TILE_BYTES });
    expect(await proxy.cacheBytes()).toBe(2 * TILE_BYTES);
    await proxy.getTile(c!, "k");
    expect(bytesOnDisk(cacheDir)).toBe(2 * TILE_BYTES);
    expect(await proxy.getTile(b!, "k")).toMatchObject({ cached: true });
    expect(await proxy.getTile(a!, "k")).toMatchObject({ cached: false });
  });

  test("a tile larger than the whole cap is served but not cached", async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), "tiles-"));
    const proxy = proxyFor({ cacheDir, maxCacheBytes: TILE_BYTES - 1 });
    const [a] = row(1);
    expect(await proxy.getTile(a!, "k")).toMatchObject({ status: 200, cached: false });
    expect(await proxy.getTile(a!, "k")).toMatchObject({ status: 200, cached: false });
    expect(bytesOnDisk(cacheDir)).toBe(0);
  });
});
