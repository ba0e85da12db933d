import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type AuditEntryView = {
  id: string;
  action: string;
  summary: string;
  actor: string | null;
  createdAt: Date;
  organisation: string | null;
};

const auditSelect = {
  id: true,
  action: true,
  summary: true,
  createdAt: true,
  actor: { select: { email: true } },
  organisation: { select: { name: true } },
} as const;

type Row = {
  id: string;
  action: string;
  summary: string;
  createdAt: Date;
  actor: { email: string } | null;
  organisation: { name: string } | null;
};
const toView = (row: Row): AuditEntryView => ({
  ...row,
  actor: row.actor?.email ?? null,
  organisation: row.organisation?.name ?? null,
});

/** The trail of one organisation, for its owners and the admins; newest first. */
export async function listOrganisationAudit(
  actor: Actor | null,
  organisationId: string,
  take = 200,
): Promise<AuditEntryView[]> {
  assertCan(actor, "organisation:view-audit", organisationId);
  const rows = await prisma.auditEvent.findMany({
    where: { organisationId },
    select: auditSelect,
    orderBy: { createdAt: "desc" },
    take,
  });
  return rows.map(toView);
}

/** Everything, for the admins; newest first. */
export async function listAllAudit(actor: Actor | null, take = 300): Promise<AuditEntryView[]> {
  assertCan(actor, "audit:view-all");
  const rows = await prisma.auditEvent.findMany({ select: auditSelect, orderBy: { createdAt: "desc" }, take });
  return rows.map(toView);
}
