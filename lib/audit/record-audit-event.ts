import type { Prisma } from "@/generated/prisma/client";

/**
 * Every action the trail records. A closed list, so that each has a neutral text for when its entry is
 * pseudonymised (lib/audit/pseudonymise.ts): adding an action here without one does not compile.
 */
export const auditActions = [
  "accessibility-feedback.handled",
  "account.email-change-requested",
  "account.email-changed",
  "claim.approved",
  "claim.rejected",
  "claim.requested",
  "contact-request.sent",
  "contact-request.accepted",
  "contact-request.declined",
  "event.created",
  "event.updated",
  "event.message-sent",
  "event.retention",
  "import.applied",
  "import.approved",
  "invitation.sent",
  "member.joined",
  "member.left",
  "member.ownership-transferred",
  "member.removed",
  "offer.created",
  "offer.updated",
  "offer.duplicated",
  "offer.submitted",
  "offer.published",
  "offer.rejected",
  "offer.unpublished",
  "offer.second-look-done",
  "offer.confirmed",
  "offer.reminder-sent",
  "offer.availability-set",
  "offer.archived",
  "offer.restored",
  "offer.translation-saved",
  "offer.translation-deleted",
  "organisation.registered",
  "organisation.updated",
  "organisation.approved",
  "organisation.rejected",
  "organisation.owner-deleted",
  "organisation.identity-approved",
  "organisation.identity-rejected",
  "organisation.second-look-done",
  "profile.saved",
  "profile.retention",
  "recommendation.posted",
  "recommendation.updated",
  "recommendation.status-changed",
  "recommendation.offer-linked",
  "recommendation.offer-unlinked",
  "recommendation.topic-linked",
  "recommendation.topic-unlinked",
  "recommendation.voted",
  "recommendation.unvoted",
  "registration.confirmed",
  "registration.waitlisted",
  "registration.cancelled",
  "registration.checked-in",
  "registration.check-in-undone",
  "registration.group-moved",
  "report.created",
  "report.handled",
  "working-group.moderator-appointed",
  "working-group.moderator-removed",
  "survey.created",
  "survey.updated",
  "survey.opened",
  "survey.closed",
  "survey.invitations-created",
] as const;
export type AuditAction = (typeof auditActions)[number];

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
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
    | "report"
    | "working-group"
    | "import"
    | "survey";
  entityId: string;
  organisationId: string | null;
  /** What changed, in words (German, the working language of the county's staff); never a raw row. */
  summary: string;
};

/** Written in the same transaction as the change it describes, so the trail cannot miss or invent one. */
export async function recordAuditEvent(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: { ...entry, summary: entry.summary.slice(0, 2_000) } });
}
