import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { DomainError, parseInput } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";

// Reports about network profiles, for the admins: what was reported and why, and marking one as handled. The
// reporter stays anonymous to the reported person; admins see who reported, to follow up.

export async function listOpenReports(actor: Actor | null) {
  assertCan(actor, "review:decide");
  const reports = await prisma.abuseReport.findMany({
    where: { status: "open" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      reason: true,
      createdAt: true,
      reporter: { select: { email: true } },
      reportedUser: { select: { email: true, profile: { select: { id: true, displayName: true } } } },
    },
  });
  return reports.map((report) => ({
    id: report.id,
    reason: report.reason,
    createdAt: report.createdAt,
    reporterEmail: report.reporter?.email ?? null,
    reportedEmail: report.reportedUser.email,
    reportedProfile: report.reportedUser.profile,
  }));
}

export async function markReportHandled(actor: Actor | null, reportId: unknown): Promise<void> {
  assertCan(actor, "review:decide");
  const id = parseInput(recordIdSchema, reportId);
  await prisma.$transaction(async (tx) => {
    const updated = await tx.abuseReport.updateMany({
      where: { id, status: "open" },
      data: { status: "handled", handledAt: new Date() },
    });
    if (updated.count === 0) throw new DomainError("not_found", "notFound");
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "report.handled",
      entityType: "report",
      entityId: id,
      organisationId: null,
      summary: "Meldung erledigt",
    });
  });
}
