import { strToU8, zipSync } from "fflate";
import { prisma } from "@/lib/db";
import type { RowReport } from "@/lib/import/import-record";
import { createCliImportRun, runImport } from "@/lib/import/import-runs";
import { planImport } from "@/lib/import/plan-import";
import { readImportFile, recordsOf } from "@/lib/import/read-import-file";
import { seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

jest.mock("@/lib/search/get-offer-search-index", () => ({ notifyOutboxChanged: jest.fn() }));

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

const ORGANISATION_ID = "5d0f3c1e-1b7a-4a39-9a55-0c2e52f0b001";
const SERVICE_ID = "5d0f3c1e-1b7a-4a39-9a55-0c2e52f0b101";
const OTHER_SERVICE_ID = "5d0f3c1e-1b7a-4a39-9a55-0c2e52f0b102";
const DESCRIPTION = "Beratung zu Aufenthalt, Arbeit und Familie, in mehreren Sprachen und ohne Termin.";

// Fully nested services as an HSDS API answers /services?full=true: topic and audience as taxonomy terms whose
// code is the slug (as this app's own export writes them), a weekly schedule, a cost option.
const services = [
  {
    id: SERVICE_ID,
    name: "Migrationsberatung für Erwachsene",
    description: DESCRIPTION,
    email: "mbe@example.org",
    status: "active",
    organization: {
      id: ORGANISATION_ID,
      name: "Diakonie Rheda",
      email: "info@example.org",
      website: "https://example.org",
    },
    languages: [
      { id: "l1", code: "de" },
      { id: "l2", code: "ara" },
    ],
    schedules: [
      {
        id: "s1",
        freq: "WEEKLY",
        byday: "MO,WE",
        opens_at: "09:00",
        closes_at: "12:00",
        description: "Mo und Mi vormittags",
      },
    ],
    cost_options: [{ id: "c1", amount: 0, option: "kostenlos" }],
    attributes: [
      {
        id: "a1",
        link_entity: "service",
        taxonomy_term: { id: "t1", code: "arbeit-wirtschaft", name: "Arbeit und Wirtschaft" },
      },
      { id: "a2", link_entity: "service", taxonomy_term: { id: "t2", code: "gefluechtete", name: "Geflüchtete" } },
      { id: "a3", link_entity: "service", taxonomy_term: { id: "t3", code: "211-ABC", name: "Other taxonomy" } },
    ],
    service_at_locations: [
      {
        id: "sal1",
        location: {
          id: "loc1",
          name: "Beratungsstelle",
          latitude: 51.8466,
          longitude: 8.3003,
          addresses: [
            {
              id: "ad1",
              address_1: "Berliner Straße 20",
              city: "Rheda-Wiedenbrück",
              postal_code: "33378",
              country: "DE",
              address_type: "physical",
            },
          ],
        },
      },
    ],
  },
  {
    id: OTHER_SERVICE_ID,
    name: "Dienst ohne Träger",
    description: DESCRIPTION,
    languages: [],
    attributes: [],
  },
];

test("an HSDS JSON page imports its services, and a second import changes nothing", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-hsds-"));
  const file = path.join(dir, "services.json");
  writeFileSync(file, JSON.stringify({ total_items: 2, page_number: 1, contents: services }));

  const first = await createCliImportRun(file, "diakonie");
  expect(await runImport(first.run.id, null, first.source)).toMatchObject({ created: 1, skipped: 1 });
  const offer = await prisma.offer.findUniqueOrThrow({
    where: { externalSource_externalId: { externalSource: "diakonie", externalId: SERVICE_ID } },
    select: {
      status: true,
      title: true,
      costKind: true,
      locationApproximate: true,
      lat: true,
      scheduleText: true,
      contactEmail: true,
      topics: { select: { topic: { select: { slug: true } } } },
      audiences: { select: { audience: { select: { slug: true } } } },
      languages: { select: { language: true }, orderBy: { language: "asc" } },
      scheduleSlots: { select: { weekday: true, startTime: true, endTime: true }, orderBy: { weekday: "asc" } },
      organisation: { select: { externalId: true, name: true, status: true } },
    },
  });
  expect(offer).toEqual({
    status: "in_review",
    title: "Migrationsberatung für Erwachsene",
    costKind: "free",
    locationApproximate: false,
    lat: 51.8466,
    scheduleText: "Mo und Mi vormittags",
    contactEmail: "mbe@example.org",
    topics: [{ topic: { slug: "arbeit-wirtschaft" } }],
    audiences: [{ audience: { slug: "gefluechtete" } }],
    languages: [{ language: "ar" }, { language: "de" }],
    scheduleSlots: [
      { weekday: 1, startTime: "09:00", endTime: "12:00" },
      { weekday: 3, startTime: "09:00", endTime: "12:00" },
    ],
    organisation: { externalId: ORGANISATION_ID, name: "Diakonie Rheda", status: "pending" },
  });
  const stored = await prisma.importRun.findUniqueOrThrow({ where: { id: first.run.id } });
  const report = JSON.parse(stored.reportJson!) as RowReport[];
  expect(report[1]).toMatchObject({ outcome: "skipped", reasons: [{ code: "missingOrganisation" }] });

  const updatedAt = (await prisma.offer.findFirstOrThrow({ select: { updatedAt: true } })).updatedAt;
  const second = await createCliImportRun(file, "diakonie");
  expect(await runImport(second.run.id, null)).toMatchObject({ created: 0, updated: 0, unchanged: 1, skipped: 1 });
  expect((await prisma.offer.findFirstOrThrow({ select: { updatedAt: true } })).updatedAt).toEqual(updatedAt);
  expect(await prisma.offer.count()).toBe(1);
});

/** The same service as an HSDS tabular data package: one CSV per table, zipped with its datapackage.json. */
function dataPackage(): Uint8Array {
  const csv = (rows: string[][]) =>
    strToU8(rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(",")).join("\n"));
  return zipSync({
    "datapackage.json": strToU8(JSON.stringify({ name: "hsds", resources: [] })),
    "organization.csv": csv([
      ["id", "name", "email", "website"],
      [ORGANISATION_ID, "Diakonie Rheda", "info@example.org", "https://example.org"],
    ]),
    "service.csv": csv([
      ["id", "organization_id", "name", "description", "status", "email"],
      [SERVICE_ID, ORGANISATION_ID, "Migrationsberatung für Erwachsene", DESCRIPTION, "active", "mbe@example.org"],
    ]),
    "location.csv": csv([
      ["id", "name", "latitude", "longitude"],
      ["loc1", "Beratungsstelle", "", ""],
    ]),
    "address.csv": csv([
      ["id", "location_id", "address_1", "city", "postal_code", "address_type"],
      ["ad1", "loc1", "Berliner Straße 20", "Rheda-Wiedenbrück", "33378", "physical"],
    ]),
    "service_at_location.csv": csv([
      ["id", "service_id", "location_id"],
      ["sal1", SERVICE_ID, "loc1"],
    ]),
    "language.csv": csv([
      ["id", "service_id", "code", "name"],
      ["l1", SERVICE_ID, "de", "German"],
    ]),
    "taxonomy_term.csv": csv([
      ["id", "code", "name"],
      ["t1", "sprache-bildung", "Sprache und Bildung"],
    ]),
    "attribute.csv": csv([
      ["id", "link_id", "link_entity", "taxonomy_term_id"],
      ["a1", SERVICE_ID, "service", "t1"],
    ]),
  });
}

test("an HSDS data package (zip) is nested by its ids and imported; a location without coordinates is approximate", async () => {
  const source = await readImportFile("hsds.zip", dataPackage());
  expect(source.format).toBe("hsds-package");
  const plan = await planImport("diakonie", recordsOf(source));
  expect(plan.counts).toMatchObject({ created: 1, skipped: 0 });
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-hsds-"));
  const file = path.join(dir, "hsds.zip");
  writeFileSync(file, dataPackage());
  const { run } = await createCliImportRun(file, "diakonie");
  await runImport(run.id, null);
  expect(
    await prisma.offer.findFirstOrThrow({
      select: {
        externalId: true,
        locationApproximate: true,
        lat: true,
        topics: { select: { topic: { select: { slug: true } } } },
      },
    }),
  ).toEqual({
    externalId: SERVICE_ID,
    locationApproximate: true,
    lat: expect.any(Number),
    topics: [{ topic: { slug: "sprache-bildung" } }],
  });
});

test("files that are no import say so instead of failing", async () => {
  await expect(readImportFile("a.json", strToU8('{"hello": 1}'))).rejects.toMatchObject({
    messageKey: "importJsonNotHsds",
  });
  await expect(readImportFile("a.json", strToU8("{not json"))).rejects.toMatchObject({
    messageKey: "importUnreadable",
  });
  await expect(readImportFile("a.zip", strToU8("PK\u0003\u0004broken"))).rejects.toMatchObject({
    messageKey: "importUnreadable",
  });
  await expect(readImportFile("a.pdf", strToU8("%PDF"))).rejects.toMatchObject({ messageKey: "importUnknownFormat" });
  await expect(readImportFile("a.zip", zipSync({ "x.csv": strToU8("a,b") }))).rejects.toMatchObject({
    messageKey: "importPackageWithoutServices",
  });
});
