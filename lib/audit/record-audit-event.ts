import type { Prisma } from "@/generated/prisma/client";

export type AuditEntry = {
  actorId: string | null;
  action: string; // "offer.published", "member.removed" …
  entityType:
    | "organisation"
    | "offer"
    | "membership"
    | "invitation"
    | "claim"
    | "account"
    | "event"
    | "registration"
    | "recommendation"
    | "profile"
    | "contact-request"
    | "report";
  entityId: string;
  organisationId: string | null;
  /** What changed, in words (German, the working language of the county's staff); never a raw row. */
  summary: string;
};

/** Written in the same transaction as the change it describes, so the trail cannot miss or invent one. */
export async function recordAuditEvent(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: { ...entry, summary: entry.summary.slice(0, 2_000) } });
}
