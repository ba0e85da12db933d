import { rm } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { NextRequest } from "next/server";
import { GET } from "@/app/api/hsds/datapackage.zip/route";
import { dataPackagePath, isDataPackageDue } from "@/lib/hsds/nightly-package";
import { seedDemoDataForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

const get = (headers: Record<string, string> = {}) =>
  GET(new NextRequest("http://localhost/api/hsds/datapackage.zip", { headers }));

beforeAll(async () => {
  await resetDatabase();
  await seedDemoDataForTest(20);
  await rm(dataPackagePath(), { force: true });
}, 60_000);

test("serves the night's package as a zip download, and a mirror that has it gets 304", async () => {
  const response = await get();
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/zip");
  expect(response.headers.get("content-disposition")).toContain("hsds-datapackage.zip");
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  expect(JSON.parse(strFromU8(files["datapackage.json"]!))).toMatchObject({ profile: "tabular-data-package" });
  const etag = response.headers.get("etag")!;
  expect((await get({ "if-none-match": etag })).status).toBe(304);
  expect((await get({ "if-none-match": '"other"' })).status).toBe(200);
});

test("a new file is due once a night, after 02:00 Berlin time, or when there is none", () => {
  const yesterdayEvening = new Date("2026-12-03T20:00:00Z");
  expect(isDataPackageDue(null, yesterdayEvening)).toBe(true);
  expect(isDataPackageDue(yesterdayEvening, new Date("2026-12-04T00:30:00Z"))).toBe(false); // 01:30 in Berlin
  expect(isDataPackageDue(yesterdayEvening, new Date("2026-12-04T01:05:00Z"))).toBe(true); // 02:05 in Berlin
  expect(isDataPackageDue(new Date("2026-12-04T01:05:00Z"), new Date("2026-12-04T15:00:00Z"))).toBe(false);
});
