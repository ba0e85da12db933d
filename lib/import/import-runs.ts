import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { applyImport } from "@/lib/import/apply-import";
import { columnMappingSchema, guessMapping, type ColumnMapping } from "@/lib/import/column-mapping";
import type { ImportCounts, RowReport } from "@/lib/import/import-record";
import { planImport } from "@/lib/import/plan-import";
import { readImportFile, recordsOf, type ImportSource } from "@/lib/import/read-import-file";
import { readImportPath } from "@/lib/import/read-import-path";
import { DomainError, parseInput } from "@/lib/result";
import { notifyOutboxChanged } from "@/lib/search/get-offer-search-index";
import { enqueueOfferIndexing } from "@/lib/search/outbox";
import { slugify } from "@/lib/validation/slugify";

// An import as the admin page runs it: upload (the file goes to DATA_DIR/imports), confirm the column mapping
// (spreadsheets only), read the dry run, start the real run (a job in the server process; the page shows its
// counters), and approve what it brought in. The CLI (scripts/import.ts) goes through the same functions.

/** The largest file the admin page takes; the CLI has no limit. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type ImportRunStatus = "uploaded" | "planned" | "running" | "done" | "failed";

/** The source's name when none is given: the file name without its ending, as a slug. */
export function defaultSourceName(fileName: string): string {
  return slugify(path.basename(fileName, path.extname(fileName)), 60) || "import";
}

async function planRun(runId: string, source: ImportSource, mapping: ColumnMapping, sourceName: string) {
  const plan = await planImport(sourceName, recordsOf(source, mapping));
  await prisma.importRun.update({
    where: { id: runId },
    data: {
      status: "planned",
      mappingJson: "table" in source ? JSON.stringify(mapping) : null,
      reportJson: JSON.stringify(plan.rows.map((row) => row.report)),
      totalRows: plan.counts.total,
      processedRows: 0,
      ...countsData(plan.counts),
    },
  });
  return plan;
}

const countsData = (counts: ImportCounts) => ({
  created: counts.created,
  updated: counts.updated,
  unchanged: counts.unchanged,
  skipped: counts.skipped,
});

/**
 * Stores an uploaded file as a new run. An HSDS file is dry-run at once; a spreadsheet waits for its mapping.
 * Throws invalid_input for an empty, too large or unreadable file.
 */
export async function createImportRun(
  actor: Actor | null,
  upload: { fileName: string; bytes: Uint8Array; source?: string },
): Promise<{ id: string }> {
  assertCan(actor, "review:decide");
  if (upload.bytes.byteLength === 0) throw new DomainError("invalid_input", "importFileMissing");
  if (upload.bytes.byteLength > MAX_UPLOAD_BYTES) throw new DomainError("invalid_input", "importFileTooLarge");
  const source = await readImportFile(upload.fileName, upload.bytes);
  const fileName = path.basename(upload.fileName).slice(0, 200);
  const run = await prisma.importRun.create({
    data: {
      source: upload.source || defaultSourceName(fileName),
      fileName,
      filePath: "",
      format: source.format,
      actorId: actor.userId,
    },
    select: { id: true, source: true },
  });
  // The stored name is the run's id with the file's own ending: nothing a person typed becomes a path.
  const directory = path.resolve(env.DATA_DIR, "imports");
  mkdirSync(directory, { recursive: true });
  const filePath = path.join(
    directory,
    `${run.id}${path
      .extname(fileName)
      .toLowerCase()
      .replace(/[^.a-z]/g, "")}`,
  );
  writeFileSync(filePath, upload.bytes);
  await prisma.importRun.update({ where: { id: run.id }, data: { filePath } });
  if (!("table" in source)) await planRun(run.id, source, {}, run.source);
  return { id: run.id };
}

/** A run made by the CLI for a file on disk (no upload, no actor). */
export async function createCliImportRun(filePath: string, sourceName?: string) {
  const source = await readImportPath(filePath);
  const fileName = path.basename(filePath);
  const run = await prisma.importRun.create({
    data: {
      source: sourceName || defaultSourceName(fileName),
      fileName,
      filePath: path.resolve(filePath),
      format: source.format,
    },
    select: { id: true, source: true },
  });
  return { run, source };
}

async function loadRun(actor: Actor | null, runId: string) {
  assertCan(actor, "review:decide");
  const run = await prisma.importRun.findUnique({
    where: { id: runId },
    select: {
      id: true,
      source: true,
      fileName: true,
      filePath: true,
      format: true,
      status: true,
      mappingJson: true,
      reportJson: true,
      totalRows: true,
      processedRows: true,
      created: true,
      updated: true,
      unchanged: true,
      skipped: true,
      createdAt: true,
      finishedAt: true,
      approvedAt: true,
      updatedAt: true,
      actor: { select: { email: true } },
    },
  });
  if (!run) throw new DomainError("not_found", "notFound");
  return run;
}

/** How many report rows the page shows beyond the skipped ones (all of which it shows). */
const SHOWN_ROWS = 300;

/** The run as its page shows it: counters, the mapping to confirm (spreadsheets), the report. */
export async function getImportRunView(actor: Actor | null, runId: string) {
  const run = await loadRun(actor, runId);
  const { filePath, mappingJson, reportJson, ...rest } = run;
  let columns: { headers: string[]; mapping: ColumnMapping; samples: string[][] } | null = null;
  // The columns are shown only while the mapping can still be changed; a file gone from DATA_DIR shows none.
  const canMap = run.status === "uploaded" || run.status === "planned" || run.status === "failed";
  if (canMap && (run.format === "csv" || run.format === "xlsx")) {
    const source = await readImportPath(filePath).catch(() => null);
    if (source && "table" in source)
      columns = {
        headers: source.table.headers,
        mapping: mappingJson ? (JSON.parse(mappingJson) as ColumnMapping) : guessMapping(source.table.headers),
        samples: source.table.rows.slice(0, 3).map((row) => row.cells),
      };
  }
  const report = reportJson ? (JSON.parse(reportJson) as RowReport[]) : [];
  const skipped = report.filter((row) => row.outcome === "skipped");
  const others = report.filter((row) => row.outcome !== "skipped");
  const pendingApproval =
    run.status === "done" ? await prisma.offer.count({ where: { importRunId: run.id, status: "in_review" } }) : 0;
  return {
    ...rest,
    columns,
    skippedRows: skipped,
    otherRows: others.slice(0, SHOWN_ROWS),
    othersHidden: Math.max(0, others.length - SHOWN_ROWS),
    pendingApproval,
  };
}
export type ImportRunView = Awaited<ReturnType<typeof getImportRunView>>;

export async function listImportRuns(actor: Actor | null) {
  assertCan(actor, "review:decide");
  return prisma.importRun.findMany({
    select: {
      id: true,
      fileName: true,
      source: true,
      status: true,
      totalRows: true,
      created: true,
      updated: true,
      unchanged: true,
      skipped: true,
      createdAt: true,
    },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
}

/** Confirms a spreadsheet's column mapping and makes the dry run. */
export async function confirmImportMapping(actor: Actor | null, runId: string, raw: unknown): Promise<void> {
  const run = await loadRun(actor, runId);
  if (run.status === "running") throw new DomainError("conflict", "conflict");
  const source = await readImportPath(run.filePath);
  if (!("table" in source)) throw new DomainError("conflict", "conflict");
  const mapping = parseInput(columnMappingSchema(source.table.headers), raw);
  await planRun(run.id, source, mapping, run.source);
}

/** Plans again from the database as it is now and writes; used by the page's job and by the CLI. */
export async function runImport(runId: string, actorId: string | null, source?: ImportSource): Promise<ImportCounts> {
  const run = await prisma.importRun.findUniqueOrThrow({
    where: { id: runId },
    select: { id: true, source: true, fileName: true, filePath: true, mappingJson: true },
  });
  const input = source ?? (await readImportPath(run.filePath));
  const mapping = run.mappingJson ? (JSON.parse(run.mappingJson) as ColumnMapping) : {};
  const plan = await planImport(run.source, recordsOf(input, mapping));
  return applyImport(plan, { runId: run.id, source: run.source, fileName: run.fileName, actorId });
}

const STALLED_AFTER_MS = 10 * 60_000;

/** Starts the real run of a dry-run file as a job in this server process; the page follows its counters. */
export async function startImportRun(actor: Actor | null, runId: string): Promise<void> {
  assertCan(actor, "review:decide");
  const run = await loadRun(actor, runId);
  // A run still "running" without progress for a while was cut off (a restart): it may be started again, and
  // since writes are idempotent by external id, the rows it wrote come out unchanged.
  const stalled = new Date(Date.now() - STALLED_AFTER_MS);
  const claimed = await prisma.importRun.updateMany({
    where: {
      id: run.id,
      OR: [{ status: { in: ["planned", "failed"] } }, { status: "running", updatedAt: { lt: stalled } }],
    },
    data: { status: "running", processedRows: 0 },
  });
  if (claimed.count === 0) throw new DomainError("conflict", "conflict");
  // Not awaited: the request returns, the job writes batch after batch, and its failure is recorded on the run.
  setImmediate(() => {
    runImport(run.id, actor.userId).catch(async (error: unknown) => {
      console.error(`Import ${run.id} failed:`, error);
      await prisma.importRun
        .updateMany({ where: { id: run.id, status: "running" }, data: { status: "failed", finishedAt: new Date() } })
        .catch(() => undefined);
    });
  });
}

/** Approves the run's pending organisations and publishes its offers waiting in review, with one audit entry. */
export async function approveImportRun(
  actor: Actor | null,
  runId: string,
): Promise<{ organisations: number; offers: number }> {
  assertCan(actor, "review:decide");
  const run = await loadRun(actor, runId);
  if (run.status !== "done") throw new DomainError("conflict", "conflict");
  const now = new Date();
  const counts = await prisma.$transaction(async (tx) => {
    const organisations = await tx.organisation.updateMany({
      where: { importRunId: run.id, status: "pending" },
      data: { status: "approved", verifiedAt: now, rejectionReason: null },
    });
    const offers = await tx.offer.findMany({
      where: { importRunId: run.id, status: "in_review", organisation: { status: "approved" } },
      select: { id: true },
    });
    const offerIds = offers.map((offer) => offer.id);
    // In chunks: the SQLite adapter binds at most 999 values per statement.
    for (let start = 0; start < offerIds.length; start += 400) {
      const chunk = offerIds.slice(start, start + 400);
      await tx.offer.updateMany({
        where: { id: { in: chunk } },
        data: { status: "published", publishedAt: now, lastConfirmedAt: now, rejectionReason: null },
      });
      await enqueueOfferIndexing(tx, chunk);
    }
    await tx.importRun.update({ where: { id: run.id }, data: { approvedAt: now } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "import.approved",
      entityType: "import",
      entityId: run.id,
      organisationId: null,
      summary: `Import „${run.fileName}“ freigegeben: ${organisations.count} Organisationen, ${offerIds.length} Angebote veröffentlicht`,
    });
    return { organisations: organisations.count, offers: offerIds.length };
  });
  notifyOutboxChanged();
  return counts;
}

/** The CLI's confirmed column mapping, stored on its run as the page stores the admin's. */
export async function saveCliMapping(runId: string, mapping: ColumnMapping): Promise<void> {
  await prisma.importRun.update({ where: { id: runId }, data: { mappingJson: JSON.stringify(mapping) } });
}

/** The CLI's dry run without --apply: the run ends as planned, with its report. */
export async function saveCliDryRun(runId: string, reports: RowReport[], totalRows: number): Promise<void> {
  await prisma.importRun.update({
    where: { id: runId },
    data: { status: "planned", reportJson: JSON.stringify(reports), totalRows },
  });
}

/** The per-row report a run stored last (the real run's once it has run). */
export async function readRunReport(runId: string): Promise<RowReport[]> {
  const run = await prisma.importRun.findUniqueOrThrow({ where: { id: runId }, select: { reportJson: true } });
  return JSON.parse(run.reportJson ?? "[]") as RowReport[];
}
