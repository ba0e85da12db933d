import type { Prisma } from "@/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { countOutcomes, type ImportCounts } from "@/lib/import/import-record";
import type { ImportPlan, PlannedRow } from "@/lib/import/plan-import";
import { writeOfferRelations } from "@/lib/offers/offer-write";
import { identitySelect, saveApprovedProfile } from "@/lib/organisations/identity-review";
import { keepSecondLookBaseline } from "@/lib/review/second-look-baseline";
import { notifyOutboxChanged } from "@/lib/search/get-offer-search-index";
import { enqueueOfferIndexing, enqueueOrganisationOffersIndexing } from "@/lib/search/outbox";
import { uniqueSlug } from "@/lib/validation/unique-slug";

// The real run: the plan's rows in transactions of BATCH_SIZE rows. Skipped rows were decided in the dry run
// and are not touched; unchanged rows are not written. Each batch also moves the run's counters, so the progress
// page and the database agree at every commit. New organisations start pending with no members (claimable once
// approved), new offers in review; nothing is published by an import (docs/decisions/015-import.md).

export const BATCH_SIZE = 200;

type Tx = Prisma.TransactionClient;
type RunInfo = { runId: string; source: string; fileName: string; actorId: string | null };
/** The slugs in use, read once: a query per new row for its slug made a 10,000-row import much slower. */
type TakenSlugs = { organisations: Set<string>; offers: Set<string> };

async function freshSlug(title: string, taken: Set<string>): Promise<string> {
  const slug = await uniqueSlug(title, (candidate) => Promise.resolve(taken.has(candidate)));
  taken.add(slug);
  return slug;
}

async function writeOrganisation(
  tx: Tx,
  row: PlannedRow,
  run: RunInfo,
  known: Map<string, string>,
  taken: TakenSlugs,
): Promise<string> {
  const organisation = row.organisation!;
  const id = organisation.existing?.id ?? known.get(organisation.key);
  if (!row.writesOrganisation && id) return id;
  const data = { ...organisation.data, importRunId: run.runId };
  if (!id) {
    const slug = await freshSlug(data.name, taken.organisations);
    const created = await tx.organisation.create({
      data: { ...data, slug, status: "pending", externalSource: run.source, externalId: organisation.key },
      select: { id: true },
    });
    known.set(organisation.key, created.id);
    return created.id;
  }
  const current = await tx.organisation.findUniqueOrThrow({
    where: { id },
    select: { id: true, status: true, description: true, pendingIdentitySince: true, ...identitySelect },
  });
  // An approved organisation's name, address and contacts wait for an admin, as when its members edit them.
  if (current.status === "approved") await saveApprovedProfile(tx, current, data, new Date());
  else await tx.organisation.update({ where: { id }, data });
  await enqueueOrganisationOffersIndexing(tx, id);
  return id;
}

async function writeOffer(
  tx: Tx,
  row: PlannedRow,
  organisationId: string,
  run: RunInfo,
  now: Date,
  taken: TakenSlugs,
): Promise<void> {
  const offer = row.offer!;
  const data = {
    ...offer.resolved.scalars,
    organisationId,
    locationApproximate: offer.locationApproximate,
    importRunId: run.runId,
  };
  let offerId = offer.existing?.id;
  if (!offerId) {
    const slug = await freshSlug(offer.input.title, taken.offers);
    const created = await tx.offer.create({
      data: { ...data, slug, status: "in_review", submittedAt: now, externalSource: run.source, externalId: offer.key },
      select: { id: true },
    });
    offerId = created.id;
  } else {
    const isPublished = offer.existing!.status === "published";
    if (isPublished) await keepSecondLookBaseline(tx, offerId);
    await tx.offer.update({
      where: { id: offerId },
      data: {
        ...data,
        ...(offer.textChanged ? { textUpdatedAt: now } : {}),
        // A published offer stays online; an admin takes a second look at what the import changed.
        ...(isPublished ? { secondLookSince: now } : {}),
      },
    });
  }
  await writeOfferRelations(tx, offerId, offer.resolved.relations);
  await enqueueOfferIndexing(tx, [offerId]);
}

function auditSummary(run: RunInfo, counts: ImportCounts, aborted = false): string {
  return (
    `Import „${run.fileName}“ (Quelle „${run.source}“): ${counts.created} angelegt, ${counts.updated} geändert, ` +
    `${counts.unchanged} unverändert, ${counts.skipped} übersprungen von ${counts.total} Zeilen` +
    (aborted ? "; abgebrochen, die übrigen Zeilen wurden nicht geschrieben" : "")
  );
}

/**
 * Writes the plan in batches and records one audit entry for the import. A batch that fails rolls back alone:
 * the earlier ones stay written, the run is marked failed, and running it again continues (idempotent).
 */
export async function applyImport(plan: ImportPlan, run: RunInfo): Promise<ImportCounts> {
  const known = new Map<string, string>();
  const [organisationSlugs, offerSlugs] = await Promise.all([
    prisma.organisation.findMany({ select: { slug: true } }),
    prisma.offer.findMany({ select: { slug: true } }),
  ]);
  const taken: TakenSlugs = {
    organisations: new Set(organisationSlugs.map((row) => row.slug)),
    offers: new Set(offerSlugs.map((row) => row.slug)),
  };
  const reports = plan.rows.map((row) => row.report);
  const now = new Date();
  await prisma.importRun.update({
    where: { id: run.runId },
    data: {
      status: "running",
      startedAt: now,
      totalRows: plan.rows.length,
      processedRows: 0,
      reportJson: JSON.stringify(reports),
    },
  });
  let done = 0;
  try {
    for (let start = 0; start < plan.rows.length; start += BATCH_SIZE) {
      const batch = plan.rows.slice(start, start + BATCH_SIZE);
      const isLast = start + BATCH_SIZE >= plan.rows.length;
      await prisma.$transaction(
        async (tx) => {
          for (const row of batch) {
            if (row.report.outcome !== "created" && row.report.outcome !== "updated") continue;
            const organisationId = await writeOrganisation(tx, row, run, known, taken);
            await writeOffer(tx, row, organisationId, run, now, taken);
          }
          const counts = countOutcomes(reports.slice(0, start + batch.length));
          await tx.importRun.update({
            where: { id: run.runId },
            data: {
              processedRows: start + batch.length,
              created: counts.created,
              updated: counts.updated,
              unchanged: counts.unchanged,
              skipped: counts.skipped,
              ...(isLast ? { status: "done", finishedAt: new Date() } : {}),
            },
          });
          if (isLast) await recordImportAudit(tx, run, plan.counts);
        },
        { timeout: 120_000 },
      );
      done = start + batch.length;
    }
    if (plan.rows.length === 0) {
      await prisma.$transaction(async (tx) => {
        await tx.importRun.update({ where: { id: run.runId }, data: { status: "done", finishedAt: new Date() } });
        await recordImportAudit(tx, run, plan.counts);
      });
    }
  } catch (error) {
    const counts = countOutcomes(reports.slice(0, done));
    await prisma.$transaction(async (tx) => {
      await tx.importRun.update({ where: { id: run.runId }, data: { status: "failed", finishedAt: new Date() } });
      await recordImportAudit(tx, run, { ...counts, total: plan.counts.total }, true);
    });
    throw error;
  } finally {
    notifyOutboxChanged();
  }
  return plan.counts;
}

function recordImportAudit(tx: Tx, run: RunInfo, counts: ImportCounts, aborted = false): Promise<void> {
  return recordAuditEvent(tx, {
    actorId: run.actorId,
    action: "import.applied",
    entityType: "import",
    entityId: run.runId,
    organisationId: null,
    summary: auditSummary(run, counts, aborted),
  });
}
