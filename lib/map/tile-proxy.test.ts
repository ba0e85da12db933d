import { createServer, type Server } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { RateLimiter, TileCoordinatesSchema, TileProxy } from "@/lib/map/tile-proxy";

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

const proxyFor = (options: Partial<ConstructorParameters<typeof TileProxy>[0]> = {}) =>
  new TileProxy({
    upstreamTemplate: `${baseUrl}/{z}/{x}/{y}.png`,
    cacheDir: mkdtempSync(path.join(tmpdir(), "tiles-")),
    ...options,
  });
const tile = (z: number, x: number, y: number) => TileCoordinatesSchema.parse({ z, x, y: String(y) });

test("fetches a tile once and serves it from the disk cache afterwards", async () => {
  const proxy = proxyFor();
  expect(await proxy.getTile(tile(10, 533, 342), "a")).toMatchObject({ status: 200, cached: false });
  expect(await proxy.getTile(tile(10, 533, 342), "b")).toMatchObject({ status: 200, cached: true });
  expect(upstreamRequests).toEqual(["/10/533/342.png"]);
});

test("without an upstream the proxy answers 404 and contacts nobody", async () => {
  expect(await proxyFor({ upstreamTemplate: undefined }).getTile(tile(1, 0, 0), "a")).toMatchObject({ status: 404 });
  expect(upstreamRequests).toEqual([]);
});

test("an upstream error becomes a 502, and is not cached", async () => {
  const proxy = proxyFor();
  expect(await proxy.getTile(tile(9, 1, 1), "a")).toMatchObject({ status: 502 });
  expect(await proxy.getTile(tile(9, 1, 1), "a")).toMatchObject({ status: 502 });
  expect(upstreamRequests).toHaveLength(2);
});

test("limits each client's tile requests", async () => {
  const proxy = proxyFor({ perClientPerMinute: 2 });
  expect((await proxy.getTile(tile(3, 1, 1), "greedy")).status).toBe(200);
  expect((await proxy.getTile(tile(3, 1, 2), "greedy")).status).toBe(200);
  expect((await proxy.getTile(tile(3, 1, 3), "greedy")).status).toBe(429);
  expect((await proxy.getTile(tile(3, 1, 3), "other")).status).toBe(200);
});

test("refuses coordinates outside the world", () => {
  expect(TileCoordinatesSchema.safeParse({ z: "2", x: "4", y: "0" }).success).toBe(false);
  expect(TileCoordinatesSchema.safeParse({ z: "20", x: "0", y: "0" }).success).toBe(false);
  expect(TileCoordinatesSchema.safeParse({ z: "2", x: "3", y: "3.png" }).success).toBe(true);
});

test("the rate limiter refills over time", () => {
  const limiter = new RateLimiter(60);
  for (let i = 0; i < 60; i++) expect(limiter.allow("k", 0)).toBe(true);
  expect(limiter.allow("k", 0)).toBe(false);
  expect(limiter.allow("k", 1_000)).toBe(true);
});
