import { auditCsv } from "@/lib/audit/audit-csv";
import {
  AUDIT_PAGE_SIZE,
  AuditFilterSchema,
  listAuditFilterOptions,
  listAuditForExport,
  listAuditPage,
  type AuditFilter,
} from "@/lib/audit/audit-queries";
import type { AuditAction, AuditEntry } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { actorFor, makeMembership, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { readCsv } from "@/tests/read-csv";
import { resetDatabase } from "@/tests/setup/reset-database";

let admin: Actor;
let anna: { id: string; email: string };
let ben: { id: string; email: string };
let caritas: { id: string; slug: string; name: string };
let tafel: { id: string; slug: string; name: string };

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
  admin = await actorFor((await makeUser({ isAdmin: true })).id);
  anna = await makeUser({ email: "anna.schmidt@example.org" });
  ben = await makeUser({ email: "ben@example.org" });
  caritas = await makeOrganisation();
  tafel = await makeOrganisation();
  await prisma.organisation.update({ where: { id: caritas.id }, data: { name: "Caritas Verl" } });
  await prisma.organisation.update({ where: { id: tafel.id }, data: { name: "Tafel Harsewinkel" } });
  caritas.name = "Caritas Verl";
  tafel.name = "Tafel Harsewinkel";
});

type Seed = Partial<AuditEntry> & { action: AuditAction; createdAt: string };
async function seed(...entries: Seed[]): Promise<void> {
  for (const { createdAt, ...entry } of entries)
    await prisma.auditEvent.create({
      data: {
        actorId: null,
        entityType: "offer",
        entityId: "offer-1",
        organisationId: null,
        summary: entry.action,
        ...entry,
        createdAt: new Date(createdAt),
      },
    });
}

const page = (filter: Partial<AuditFilter>, pageNumber = 1) =>
  listAuditPage(admin, "all", AuditFilterSchema.parse(filter), pageNumber);
const summaries = async (filter: Partial<AuditFilter>) => (await page(filter)).entries.map((entry) => entry.summary);

describe("filters", () => {
  beforeEach(async () => {
    await seed(
      {
        action: "offer.created",
        summary: "Angebot „Sprachcafé“ als Entwurf angelegt",
        actorId: anna.id,
        organisationId: caritas.id,
        createdAt: "2026-03-02T09:00:00Z",
      },
      {
        action: "offer.submitted",
        summary: "Angebot „Sprachcafé“ zur Freigabe eingereicht",
        actorId: anna.id,
        organisationId: caritas.id,
        createdAt: "2026-03-10T23:30:00Z", // 11 March, 00:30 in Berlin
      },
      {
        action: "member.joined",
        entityType: "membership",
        summary: "Anna Schmidt ist der Organisation beigetreten",
        actorId: anna.id,
        organisationId: tafel.id,
        createdAt: "2026-03-12T10:00:00Z",
      },
      {
        action: "offer.published",
        summary: "Angebot „Lebensmittelausgabe“ freigegeben und veröffentlicht",
        actorId: ben.id,
        organisationId: tafel.id,
        createdAt: "2026-03-20T10:00:00Z",
      },
    );
  });

  test("without filters: everything, newest first", async () => {
    const result = await page({});
    expect(result.total).toBe(4);
    expect(result.entries.map((entry) => entry.action)).toEqual([
      "offer.published",
      "member.joined",
      "offer.submitted",
      "offer.created",
    ]);
    expect(result.entries[0]).toMatchObject({ actor: "ben@example.org", organisation: "Tafel Harsewinkel" });
  });

  test("by organisation (its slug)", async () => {
    expect(await summaries({ organisation: caritas.slug })).toEqual([
      "Angebot „Sprachcafé“ zur Freigabe eingereicht",
      "Angebot „Sprachcafé“ als Entwurf angelegt",
    ]);
  });

  test("by person (their user id, not their address)", async () => {
    expect((await page({ person: ben.id })).entries.map((entry) => entry.action)).toEqual(["offer.published"]);
    expect((await page({ person: anna.id })).total).toBe(3);
  });

  test("by action", async () => {
    expect((await page({ action: "member.joined" })).entries.map((entry) => entry.organisation)).toEqual([
      "Tafel Harsewinkel",
    ]);
  });

  test("by period: Berlin days, and 'to' includes its whole day", async () => {
    // 23:30 UTC on 10 March is already 11 March in Berlin.
    expect((await page({ from: "2026-03-11" })).entries.map((entry) => entry.action)).toEqual([
      "offer.published",
      "member.joined",
      "offer.submitted",
    ]);
    expect((await page({ to: "2026-03-10" })).entries.map((entry) => entry.action)).toEqual(["offer.created"]);
    expect((await page({ from: "2026-03-11", to: "2026-03-12" })).entries.map((entry) => entry.action)).toEqual([
      "member.joined",
      "offer.submitted",
    ]);
  });

  test("filters combine", async () => {
    expect((await page({ person: anna.id, organisation: tafel.slug })).entries.map((e) => e.action)).toEqual([
      "member.joined",
    ]);
    expect((await page({ person: ben.id, organisation: caritas.slug })).total).toBe(0);
  });

  test("the search finds organisation names and texts about offers, but not entries about a person", async () => {
    expect((await page({ q: "Sprachcafé" })).entries.map((entry) => entry.action)).toEqual([
      "offer.submitted",
      "offer.created",
    ]);
    // The Tafel's entries by its name, whatever they are about.
    expect((await page({ q: "Harsewinkel" })).entries.map((entry) => entry.action)).toEqual([
      "offer.published",
      "member.joined",
    ]);
    // "Anna Schmidt" stands in a membership entry's summary: the search does not look there.
    expect((await page({ q: "Anna Schmidt" })).total).toBe(0);
  });

  test("a malformed value is ignored, not an error", async () => {
    const filter = AuditFilterSchema.parse({
      organisation: "Not A Slug!",
      person: ["a", "b"],
      action: "offer.exploded",
      from: "2026-02-30",
      to: "gestern",
      q: "   ",
    });
    expect(filter).toEqual({});
    expect(AuditFilterSchema.parse({ organisation: "", person: "", action: "", from: "", to: "", q: "" })).toEqual({});
    expect((await listAuditPage(admin, "all", filter, 1)).total).toBe(4);
  });

  test("the selects offer the organisations and the people who appear in the trail", async () => {
    await makeUser({ email: "nobody@example.org" }); // never acted
    const options = await listAuditFilterOptions(admin, "all");
    expect(options.organisations).toEqual([
      { slug: caritas.slug, name: "Caritas Verl" },
      { slug: tafel.slug, name: "Tafel Harsewinkel" },
    ]);
    expect(options.people).toEqual([
      { id: anna.id, email: anna.email },
      { id: ben.id, email: ben.email },
    ]);
    expect(options.actions).toContainEqual({ value: "offer.published", label: "Angebot veröffentlicht" });
    // An organisation's own log offers only the people in its own trail.
    expect((await listAuditFilterOptions(admin, { organisationId: caritas.id })).people).toEqual([
      { id: anna.id, email: anna.email },
    ]);
  });
});

describe("paging", () => {
  beforeEach(async () => {
    const start = Date.parse("2026-01-01T00:00:00Z");
    await prisma.auditEvent.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        action: "offer.updated",
        entityType: "offer",
        entityId: `offer-${i}`,
        organisationId: caritas.id,
        summary: `Eintrag ${i}`,
        // Pairs of entries share a millisecond: the order must still be total, or pages would overlap.
        createdAt: new Date(start + Math.floor(i / 2) * 60_000),
      })),
    });
  });

  test("pages of 50 with the count of all matches, no entry twice and none missing", async () => {
    expect(AUDIT_PAGE_SIZE).toBe(50);
    const pages = await Promise.all([1, 2, 3].map((n) => page({}, n)));
    expect(pages.map((p) => [p.page, p.pageCount, p.total, p.entries.length])).toEqual([
      [1, 3, 120, 50],
      [2, 3, 120, 50],
      [3, 3, 120, 20],
    ]);
    const ids = pages.flatMap((p) => p.entries.map((entry) => entry.id));
    expect(new Set(ids).size).toBe(120);
    expect(pages[0]!.entries[0]!.summary).toMatch(/^Eintrag 11[89]$/);
  });

  test("a page past the end shows the last page", async () => {
    const last = await page({}, 99);
    expect([last.page, last.entries.length]).toEqual([3, 20]);
  });

  test("paging applies to the filtered entries", async () => {
    await seed({ action: "offer.published", organisationId: tafel.id, createdAt: "2026-02-01T00:00:00Z" });
    const filtered = await page({ organisation: tafel.slug });
    expect([filtered.total, filtered.pageCount, filtered.entries.length]).toEqual([1, 1, 1]);
  });
});

describe("who may read", () => {
  beforeEach(async () => {
    await seed(
      { action: "offer.created", organisationId: caritas.id, createdAt: "2026-03-01T00:00:00Z" },
      { action: "offer.created", organisationId: tafel.id, createdAt: "2026-03-02T00:00:00Z" },
    );
  });

  test("the whole trail is for admins only", async () => {
    await makeMembership(anna.id, caritas.id, "owner");
    const owner = await actorFor(anna.id);
    await expect(listAuditPage(owner, "all", {}, 1)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listAuditPage(null, "all", {}, 1)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(listAuditFilterOptions(owner, "all")).rejects.toMatchObject({ code: "forbidden" });
    await expect(listAuditForExport(owner, {})).rejects.toMatchObject({ code: "forbidden" });
  });

  test("an owner reads their organisation's trail, and an organisation filter cannot widen it", async () => {
    await makeMembership(anna.id, caritas.id, "owner");
    await makeMembership(ben.id, caritas.id, "editor");
    const owner = await actorFor(anna.id);
    const own = await listAuditPage(owner, { organisationId: caritas.id }, { organisation: tafel.slug }, 1);
    expect(own.entries.map((entry) => entry.organisation)).toEqual(["Caritas Verl"]);
    await expect(listAuditPage(owner, { organisationId: tafel.id }, {}, 1)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(listAuditPage(await actorFor(ben.id), { organisationId: caritas.id }, {}, 1)).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("CSV export", () => {
  beforeEach(async () => {
    await seed(
      {
        action: "offer.created",
        summary: '=HYPERLINK("http://x";"Klick")',
        actorId: anna.id,
        organisationId: caritas.id,
        createdAt: "2026-06-12T07:31:00Z",
      },
      {
        action: "offer.rejected",
        summary: "Angebot „Café; Treff“ nicht freigegeben:\nBitte Ort ergänzen",
        actorId: null,
        organisationId: tafel.id,
        createdAt: "2026-06-13T08:00:00Z",
      },
    );
  });

  test("the filtered trail in the app's CSV format, read back cell by cell", async () => {
    const csv = auditCsv(await listAuditForExport(admin, {}), "de");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, ...records] = readCsv(csv.slice(1));
    expect(header).toEqual(["Wann", "Aktion", "Wer", "Organisation", "Was"]);
    expect(records).toEqual([
      [
        "2026-06-13 10:00",
        "offer.rejected",
        "Link aus E-Mail / System",
        "Tafel Harsewinkel",
        "Angebot „Café; Treff“ nicht freigegeben:\nBitte Ort ergänzen",
      ],
      // Berlin summer time; a summary that starts like a formula cannot run.
      ["2026-06-12 09:31", "offer.created", anna.email, "Caritas Verl", '\'=HYPERLINK("http://x";"Klick")'],
    ]);
  });

  test("the export has the page's filters and no paging", async () => {
    await prisma.auditEvent.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
        action: "offer.updated",
        entityType: "offer",
        entityId: `offer-${i}`,
        organisationId: caritas.id,
        summary: `Eintrag ${i}`,
      })),
    });
    const rows = readCsv(auditCsv(await listAuditForExport(admin, { organisation: caritas.slug }), "en").slice(1));
    expect(rows[0]).toEqual(["When", "Action", "Who", "Organisation", "What"]);
    expect(rows).toHaveLength(1 + AUDIT_PAGE_SIZE + 5 + 1);
    expect(rows.slice(1).every((row) => row[3] === "Caritas Verl")).toBe(true);
  });

  test("it names people, so it needs a sign-in within the last hour", async () => {
    const stale = { ...admin, signedInAt: new Date(Date.now() - 2 * 3_600_000) };
    await expect(listAuditForExport(stale, {})).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
