import ExcelJS from "exceljs";
import { prisma } from "@/lib/db";
import { guessMapping } from "@/lib/import/column-mapping";
import type { Actor } from "@/lib/auth/permissions";
import { approveImportRun, createCliImportRun, runImport } from "@/lib/import/import-runs";
import { requestClaim } from "@/lib/organisations/mutations";
import { planImport } from "@/lib/import/plan-import";
import { readImportFile, recordsOf } from "@/lib/import/read-import-file";
import { makeOrganisation, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

jest.mock("@/lib/search/get-offer-search-index", () => ({ notifyOutboxChanged: jest.fn() }));

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

const HEADER = [
  "ID",
  "Angebot",
  "Träger",
  "Beschreibung",
  "Straße",
  "PLZ",
  "Ort",
  "E-Mail",
  "Telefon",
  "Sprachen",
  "Themen",
  "Zielgruppen",
  "Zeiten",
  "Kosten",
];
const DESCRIPTION = "Wir üben gemeinsam Deutsch im Alltag, mit Kinderbetreuung und Kaffee.";

// Good rows 2–4 (two share an organisation; row 4 has no street and gets the postcode's centre), then the bad:
// an invalid e-mail, a town outside the county, a probable duplicate of an organisation registered by hand, a
// row without a title, an unknown topic, and the ID of row 2 again.
const ROWS = [
  [
    "A-1",
    "Sprachcafé am Markt",
    "Caritas Gütersloh",
    DESCRIPTION,
    "Marktplatz 1",
    "33330",
    "Gütersloh",
    "cafe@example.org",
    "05241 123456",
    "Deutsch; Arabisch",
    "Sprache und Bildung",
    "Frauen",
    "Di 10–12 Uhr",
    "kostenlos",
  ],
  [
    "A-2",
    "Bewerbungstraining",
    "Caritas Gütersloh",
    `${DESCRIPTION} Bewerbungen schreiben.`,
    "Marktplatz 1",
    "33330",
    "Gütersloh",
    "",
    "",
    "Deutsch, Englisch",
    "Arbeit und Wirtschaft",
    "",
    "",
    "5 € pro Termin",
  ],
  [
    "A-3",
    "Frauenfrühstück Verl",
    "Frauenzentrum Verl",
    DESCRIPTION,
    "",
    "33415",
    "Verl",
    "info@example.org",
    "",
    "tr",
    "zusammenleben-teilhabe",
    "",
    "",
    "",
  ],
  [
    "A-4",
    "Hausaufgabenhilfe",
    "Lernhaus Rietberg",
    DESCRIPTION,
    "Rathausstraße 3",
    "33397",
    "Rietberg",
    "lernhaus(at)example",
    "",
    "",
    "Sprache und Bildung",
    "",
    "",
    "",
  ],
  [
    "A-5",
    "Beratung in Bielefeld",
    "Beratungsstelle Bielefeld",
    DESCRIPTION,
    "Niederwall 1",
    "33602",
    "Bielefeld",
    "",
    "",
    "",
    "Gesundheit und Pflege",
    "",
    "",
    "",
  ],
  [
    "A-6",
    "Sprachkurs",
    "Sprachcafé Harsewinkel e. V.",
    DESCRIPTION,
    "",
    "33428",
    "Harsewinkel",
    "",
    "",
    "",
    "Sprache und Bildung",
    "",
    "",
    "",
  ],
  [
    "A-7",
    "",
    "Lernhaus Halle",
    DESCRIPTION,
    "",
    "33790",
    "Halle (Westf.)",
    "",
    "",
    "",
    "Sprache und Bildung",
    "",
    "",
    "",
  ],
  ["A-8", "Yoga", "Lernhaus Halle", DESCRIPTION, "", "33790", "Halle", "", "", "", "Astrologie", "", "", ""],
  [
    "A-1",
    "Sprachcafé am Markt (Kopie)",
    "Caritas Gütersloh",
    DESCRIPTION,
    "",
    "33330",
    "Gütersloh",
    "",
    "",
    "",
    "Sprache und Bildung",
    "",
    "",
    "",
  ],
];

/** A CSV as German Excel saves it: semicolons, a byte-order mark, CRLF, quotes where needed. */
function germanCsv(rows: string[][]): Uint8Array {
  const quote = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const text = [HEADER, ...rows].map((row) => row.map(quote).join(";")).join("\r\n");
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}

async function xlsx(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Angebote");
  sheet.addRow(HEADER);
  // A postcode typed into Excel is a number cell.
  for (const row of rows)
    sheet.addRow(row.map((cell, index) => (HEADER[index] === "PLZ" && cell ? Number(cell) : cell)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function dryRun(fileName: string, bytes: Uint8Array) {
  const source = await readImportFile(fileName, bytes);
  if (!("table" in source)) throw new Error("not a table");
  return planImport("kreisliste", recordsOf(source, guessMapping(source.table.headers)));
}

/** Every row the import can touch, to prove that a run wrote nothing (or nothing more). */
async function snapshot() {
  const [organisations, offers, relations, outbox] = await Promise.all([
    prisma.organisation.findMany({ orderBy: { id: "asc" } }),
    prisma.offer.findMany({ orderBy: { id: "asc" }, omit: { importRunId: true } }),
    Promise.all([
      prisma.offerTopic.findMany({ orderBy: [{ offerId: "asc" }, { topicId: "asc" }] }),
      prisma.offerLanguage.findMany({ orderBy: [{ offerId: "asc" }, { language: "asc" }] }),
      prisma.offerMunicipality.findMany({ orderBy: [{ offerId: "asc" }] }),
      prisma.offerAudience.findMany({ orderBy: [{ offerId: "asc" }] }),
    ]),
    prisma.outboxEvent.count(),
  ]);
  return { organisations, offers, relations, outbox };
}

async function withHandRegisteredDuplicate() {
  const existing = await makeOrganisation({ municipalitySlug: "harsewinkel" });
  await prisma.organisation.update({ where: { id: existing.id }, data: { name: "Sprachcafé Harsewinkel" } });
}

test("the column names of a German spreadsheet are mapped without help", () => {
  expect(guessMapping(HEADER)).toEqual({
    externalId: "ID",
    title: "Angebot",
    organisation: "Träger",
    description: "Beschreibung",
    street: "Straße",
    postcode: "PLZ",
    city: "Ort",
    email: "E-Mail",
    phone: "Telefon",
    languages: "Sprachen",
    topics: "Themen",
    audiences: "Zielgruppen",
    scheduleText: "Zeiten",
    cost: "Kosten",
  });
});

test("the dry run explains every bad row and writes nothing", async () => {
  await withHandRegisteredDuplicate();
  const before = await snapshot();
  const plan = await dryRun("kreisliste.csv", germanCsv(ROWS));
  expect(await snapshot()).toEqual(before);
  expect(plan.counts).toEqual({ total: 9, created: 3, updated: 0, unchanged: 0, skipped: 6 });
  const byRow = new Map(plan.rows.map((row) => [row.report.row, row.report]));
  expect([2, 3, 4].map((row) => byRow.get(row)?.outcome)).toEqual(["created", "created", "created"]);
  expect(byRow.get(5)?.reasons).toEqual([
    { code: "invalidField", field: "organisation.email", error: { key: "email" } },
    { code: "invalidField", field: "offer.contactEmail", error: { key: "email" } },
  ]);
  expect(byRow.get(6)?.reasons).toEqual([{ code: "unknownMunicipality", city: "Bielefeld", postcode: "33602" }]);
  expect(byRow.get(7)?.reasons).toEqual([
    { code: "probableDuplicate", entity: "organisation", name: "Sprachcafé Harsewinkel", municipality: "Harsewinkel" },
  ]);
  expect(byRow.get(8)?.reasons).toEqual([{ code: "invalidField", field: "offer.title", error: { key: "required" } }]);
  expect(byRow.get(9)?.reasons).toEqual([
    { code: "unknownValue", field: "offer.topics", value: "Astrologie" },
    { code: "invalidField", field: "offer.topics", error: { key: "chooseTopic" } },
  ]);
  expect(byRow.get(10)?.reasons).toEqual([{ code: "duplicateInFile", firstRow: 2 }]);
});

test("the real run writes exactly the good rows, unclaimed and in review, and a second run changes nothing", async () => {
  await withHandRegisteredDuplicate();
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-import-"));
  const file = path.join(dir, "kreisliste.csv");
  writeFileSync(file, germanCsv(ROWS));

  const first = await createCliImportRun(file, "kreisliste");
  await prisma.importRun.update({
    where: { id: first.run.id },
    data: { mappingJson: JSON.stringify(guessMapping(HEADER)) },
  });
  expect(await runImport(first.run.id, null)).toMatchObject({ created: 3, skipped: 6 });

  const offers = await prisma.offer.findMany({
    where: { externalSource: "kreisliste" },
    select: {
      externalId: true,
      status: true,
      costKind: true,
      costNote: true,
      locationApproximate: true,
      lat: true,
      languages: { select: { language: true }, orderBy: { language: "asc" } },
      organisation: { select: { name: true, status: true, _count: { select: { memberships: true } } } },
    },
    orderBy: { externalId: "asc" },
  });
  expect(
    offers.map((offer) => [offer.externalId, offer.status, offer.organisation.name, offer.organisation.status]),
  ).toEqual([
    ["A-1", "in_review", "Caritas Gütersloh", "pending"],
    ["A-2", "in_review", "Caritas Gütersloh", "pending"],
    ["A-3", "in_review", "Frauenzentrum Verl", "pending"],
  ]);
  expect(offers.every((offer) => offer.organisation._count.memberships === 0)).toBe(true);
  expect(offers[0]!.languages.map((row) => row.language)).toEqual(["ar", "de"]);
  expect(offers[1]).toMatchObject({ costKind: "paid", costNote: "5 € pro Termin" });
  // No coordinates anywhere: the postcode's centre, marked as approximate.
  expect(offers[2]).toMatchObject({ costKind: "free", locationApproximate: true, lat: expect.any(Number) });
  expect(await prisma.organisation.count({ where: { externalSource: "kreisliste" } })).toBe(2);
  expect(await prisma.auditEvent.findMany({ where: { action: "import.applied" }, select: { summary: true } })).toEqual([
    { summary: expect.stringContaining("3 angelegt, 0 geändert, 0 unverändert, 6 übersprungen von 9 Zeilen") },
  ]);

  const before = await snapshot();
  const second = await createCliImportRun(file, "kreisliste");
  await prisma.importRun.update({
    where: { id: second.run.id },
    data: { mappingJson: JSON.stringify(guessMapping(HEADER)) },
  });
  expect(await runImport(second.run.id, null)).toMatchObject({ created: 0, updated: 0, unchanged: 3, skipped: 6 });
  expect(await snapshot()).toEqual(before);
});

test("an XLSX file with the same rows plans the same, and a changed row is an update", async () => {
  const fromCsv = await dryRun("kreisliste.csv", germanCsv(ROWS));
  const fromXlsx = await dryRun("kreisliste.xlsx", await xlsx(ROWS));
  expect(fromXlsx.rows.map((row) => row.report)).toEqual(fromCsv.rows.map((row) => row.report));

  const dir = mkdtempSync(path.join(tmpdir(), "atlas-import-"));
  const file = path.join(dir, "kreisliste.xlsx");
  writeFileSync(file, await xlsx(ROWS.slice(0, 3)));
  const { run } = await createCliImportRun(file, "kreisliste");
  await prisma.importRun.update({ where: { id: run.id }, data: { mappingJson: JSON.stringify(guessMapping(HEADER)) } });
  await runImport(run.id, null);

  const changed = ROWS.slice(0, 3).map((row) => [...row]);
  changed[1]![13] = "kostenlos";
  const plan = await dryRun("kreisliste.xlsx", await xlsx(changed));
  expect(plan.rows.map((row) => [row.report.outcome, row.report.changes])).toEqual([
    ["unchanged", []],
    ["updated", ["offer.costKind", "offer.costNote"]],
    ["unchanged", []],
  ]);
});

test("approving a run publishes its offers, and its organisations become claimable", async () => {
  const admin = await prisma.user.create({ data: { email: `admin-${Date.now()}@example.org`, isAdmin: true } });
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-import-"));
  const file = path.join(dir, "kreisliste.csv");
  writeFileSync(file, germanCsv(ROWS.slice(0, 3)));
  const { run } = await createCliImportRun(file, "kreisliste");
  await prisma.importRun.update({ where: { id: run.id }, data: { mappingJson: JSON.stringify(guessMapping(HEADER)) } });
  await runImport(run.id, null);
  const actor: Actor = { userId: admin.id, email: admin.email, isAdmin: true, roleByOrganisationId: {} };

  expect(await approveImportRun(actor, run.id)).toEqual({ organisations: 2, offers: 3 });
  expect(await prisma.offer.groupBy({ by: ["status"], _count: true })).toEqual([{ status: "published", _count: 3 }]);
  const organisation = await prisma.organisation.findFirstOrThrow({ where: { name: "Frauenzentrum Verl" } });
  expect(organisation.status).toBe("approved");
  await requestClaim({ ...actor, isAdmin: false }, organisation.id, { message: "Wir sind das." });
  expect(await prisma.organisationClaim.count({ where: { organisationId: organisation.id } })).toBe(1);
  expect(await prisma.auditEvent.count({ where: { action: "import.approved", actorId: admin.id } })).toBe(1);
});
