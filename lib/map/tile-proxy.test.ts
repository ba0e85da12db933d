import { createServer, type Server } from "node:http";
import { mkdtempSync } from "node:fs";
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
