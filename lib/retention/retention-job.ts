import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { pseudonymiseAuditEvents } from "@/lib/audit/pseudonymise";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DAY_MS } from "@/lib/offers/freshness";
import { rm } from "node:fs/promises";
import path from "node:path";
import { pruneUnmetSearches, UNMET_SEARCH_KEEP_MONTHS } from "@/lib/gaps/unmet-searches";
import {
  DEV_MAIL_KEEP_DAYS,
  HANDLED_KEEP_DAYS,
  IMPORT_FILE_KEEP_DAYS,
  INVITATION_KEEP_DAYS,
} from "@/lib/retention/retention-periods";

// Storage limitation (GDPR art. 5(1)(e)): what the platform keeps only for a while, and how long.
// Conference data, REGISTRATION_RETENTION_DAYS after an event ends:
// - registrations are deleted, except confirmed ones of people who chose to stay in their working group
//   (keepsGroup); those lose every personal field and the link to the person, who becomes a WorkingGroupMember
//   of the group they held a place in and so keeps the group's space;
// - directory profiles whose visibility ended that long ago (and was not renewed) are deleted, unless the person
//   is registered for an event that has not ended yet;
// - contact requests are left alone: they are the correspondence of two people, not registration data, and
//   disappear when either account is deleted.
// Operations:
// - counts of unmet searches (lib/gaps/unmet-searches.ts) after UNMET_SEARCH_KEEP_MONTHS months: they hold no
//   person, but what a village searched for a year ago says little about its needs now;
// - audit events older than AUDIT_RETENTION_DAYS are pseudonymised (lib/audit/pseudonymise.ts);
// - expired sign-in tokens and sessions are deleted at once: they can never be used again;
// - mails of the development mailbox after DEV_MAIL_KEEP_DAYS: they hold sign-in links and addresses, and only
//   serve to follow a link shortly after it was sent;
// - handled accessibility feedback and handled reports after HANDLED_KEEP_DAYS: the rows go, not only their
//   texts, because the admins' lists show open ones only and nothing reads a handled row (the audit trail
//   keeps that it was handled);
// - accepted or expired invitations after INVITATION_KEEP_DAYS: the address of the invited person is all they
//   still hold;
// - uploaded import files and their row reports after IMPORT_FILE_KEEP_DAYS: they hold contact details of a
//   whole spreadsheet; the run keeps its counts (files the operators imported with `npm run import` are theirs
//   and are never touched).
// The fixed periods are in lib/retention/retention-periods.ts. Idempotent, so it runs hourly in-process
// (lib/jobs/scheduler.ts) and by hand (`npm run jobs:retention`).

export type RetentionRun = {
  events: number;
  deletedRegistrations: number;
  anonymisedRegistrations: number;
  deletedProfiles: number;
  pseudonymisedAuditEvents: number;
  deletedVerificationTokens: number;
  deletedSessions: number;
  deletedDevMails: number;
  deletedAccessibilityFeedback: number;
  deletedReports: number;
  deletedInvitations: number;
  clearedImportFiles: number;
  deletedUnmetSearches: number;
};

/** What an anonymised registration keeps: event, sequence, status and the working-group assignment. */
const ANONYMISED_FIELDS = {
  userId: null,
  name: "",
  organisationName: null,
  municipalityId: null,
  role: null,
  accessibilityNeeds: null,
  checkedInAt: null,
  firstChoiceId: null,
  secondChoiceId: null,
  assignmentReason: null,
} as const;

const keptRegistration = { status: "confirmed", keepsGroup: true } as const;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

function retentionCutoff(now: Date): Date {
  return daysBefore(now, env.REGISTRATION_RETENTION_DAYS);
}

function plural(count: number, one: string, other: string): string {
  return `${count} ${count === 1 ? one : other}`;
}

/** Deletes or anonymises the registrations of one event, with an audit event when anything changed. */
async function clearEventRegistrations(
  event: { id: string; title: string },
  now: Date,
): Promise<{ deleted: number; anonymised: number }> {
  return prisma.$transaction(async (tx) => {
    const deleted = await tx.registration.deleteMany({ where: { eventId: event.id, NOT: keptRegistration } });
    // Who held a firm place in a group stays its member; a place on a group's waiting list was no membership.
    const members = await tx.registration.findMany({
      where: {
        eventId: event.id,
        ...keptRegistration,
        anonymisedAt: null,
        groupStatus: "assigned",
        assignedGroupId: { not: null },
        userId: { not: null },
      },
      select: { userId: true, assignedGroupId: true },
    });
    for (const { userId, assignedGroupId } of members)
      if (userId && assignedGroupId)
        await tx.workingGroupMember.upsert({
          where: { workingGroupId_userId: { workingGroupId: assignedGroupId, userId } },
          create: { workingGroupId: assignedGroupId, userId, createdAt: now },
          update: {},
        });
    const anonymised = await tx.registration.updateMany({
      where: { eventId: event.id, ...keptRegistration, anonymisedAt: null },
      data: { ...ANONYMISED_FIELDS, anonymisedAt: now },
    });
    if (deleted.count + anonymised.count > 0)
      await recordAuditEvent(tx, {
        actorId: null,
        action: "event.retention",
        entityType: "event",
        entityId: event.id,
        organisationId: null,
        summary: `Aufbewahrungsfrist für „${event.title}“: ${plural(deleted.count, "Anmeldung", "Anmeldungen")} gelöscht, ${anonymised.count} anonymisiert`,
      });
    return { deleted: deleted.count, anonymised: anonymised.count };
  });
}

/** Deletes (with their topics) the directory profiles whose visibility ended before the cutoff. */
async function deleteExpiredProfiles(now: Date): Promise<number> {
  const cutoff = retentionCutoff(now);
  // A person registered for a coming (or running) event keeps the profile: the next event renews it.
  const expired = {
    visibleUntil: { lt: cutoff },
    user: { registrations: { none: { status: { not: "cancelled" }, event: { endsAt: { gte: now } } } } },
  };
  const profiles = await prisma.profile.findMany({ where: expired, select: { id: true, visibleUntil: true } });
  let deleted = 0;
  for (const profile of profiles) {
    // Checked again inside the transaction: the person may have renewed the profile in the meantime.
    deleted += await prisma.$transaction(async (tx) => {
      const { count } = await tx.profile.deleteMany({ where: { id: profile.id, ...expired } });
      if (count > 0)
        await recordAuditEvent(tx, {
          actorId: null,
          action: "profile.retention",
          entityType: "profile",
          entityId: profile.id,
          organisationId: null,
          summary: `Aufbewahrungsfrist: Verzeichnisprofil gelöscht (sichtbar bis ${profile.visibleUntil!.toISOString().slice(0, 10)})`,
        });
      return count;
    });
  }
  return deleted;
}

/** Deletes what has no purpose any more once it expired or was handled; the counts per kind. */
async function purgeExpired(now: Date) {
  const handledBefore = { status: "handled", handledAt: { lt: daysBefore(now, HANDLED_KEEP_DAYS) } };
  const invitationsBefore = daysBefore(now, INVITATION_KEEP_DAYS);
  const [tokens, sessions, devMails, feedback, reports, invitations] = await prisma.$transaction([
    prisma.verificationToken.deleteMany({ where: { expires: { lt: now } } }),
    prisma.session.deleteMany({ where: { expires: { lt: now } } }),
    prisma.devMail.deleteMany({ where: { createdAt: { lt: daysBefore(now, DEV_MAIL_KEEP_DAYS) } } }),
    prisma.accessibilityFeedback.deleteMany({ where: handledBefore }),
    prisma.abuseReport.deleteMany({ where: handledBefore }),
    prisma.invitation.deleteMany({
      where: {
        OR: [{ acceptedAt: { lt: invitationsBefore } }, { acceptedAt: null, expiresAt: { lt: invitationsBefore } }],
      },
    }),
  ]);
  return {
    deletedVerificationTokens: tokens.count,
    deletedSessions: sessions.count,
    deletedDevMails: devMails.count,
    deletedAccessibilityFeedback: feedback.count,
    deletedReports: reports.count,
    deletedInvitations: invitations.count,
  };
}

/** Deletes old uploaded import files and their row reports; the counts of the runs stay. */
async function clearImportFiles(now: Date): Promise<number> {
  const before = daysBefore(now, IMPORT_FILE_KEEP_DAYS);
  const uploads = path.resolve(env.DATA_DIR, "imports") + path.sep;
  const runs = await prisma.importRun.findMany({
    where: {
      OR: [{ filePath: { startsWith: uploads } }, { reportJson: { not: null } }],
      AND: [{ OR: [{ finishedAt: { lt: before } }, { finishedAt: null, createdAt: { lt: before } }] }],
      NOT: { status: "running" },
    },
    select: { id: true, filePath: true },
  });
  for (const run of runs) {
    if (run.filePath.startsWith(uploads)) await rm(run.filePath, { force: true });
    await prisma.importRun.update({
      where: { id: run.id },
      data: { reportJson: null, ...(run.filePath.startsWith(uploads) ? { filePath: "" } : {}) },
    });
  }
  return runs.length;
}

/** Applies every retention period (see the top of this file). */
export async function runRetentionJob(now = new Date()): Promise<RetentionRun> {
  const events = await prisma.event.findMany({
    // Only events with something left to clear: every row still to delete or anonymise has no anonymisedAt.
    where: { endsAt: { lt: retentionCutoff(now) }, registrations: { some: { anonymisedAt: null } } },
    select: { id: true, title: true },
    orderBy: { endsAt: "asc" },
  });
  let changedEvents = 0;
  let deletedRegistrations = 0;
  let anonymisedRegistrations = 0;
  for (const event of events) {
    const { deleted, anonymised } = await clearEventRegistrations(event, now);
    if (deleted + anonymised > 0) changedEvents += 1;
    deletedRegistrations += deleted;
    anonymisedRegistrations += anonymised;
  }
  return {
    events: changedEvents,
    deletedRegistrations,
    anonymisedRegistrations,
    deletedProfiles: await deleteExpiredProfiles(now),
    pseudonymisedAuditEvents: await pseudonymiseAuditEvents(daysBefore(now, env.AUDIT_RETENTION_DAYS), now),
    ...(await purgeExpired(now)),
    clearedImportFiles: await clearImportFiles(now),
    deletedUnmetSearches: await pruneUnmetSearches(now),
  };
}

/** One line for the logs and the script, or null when the run changed nothing. */
export function describeRetentionRun(run: RetentionRun): string | null {
  const { events, ...counts } = run;
  if (Object.values(counts).every((count) => count === 0)) return null;
  return [
    `${run.deletedRegistrations} registration(s) deleted and ${run.anonymisedRegistrations} anonymised in ${events} event(s)`,
    `${run.deletedProfiles} directory profile(s) deleted`,
    `${run.pseudonymisedAuditEvents} audit event(s) pseudonymised`,
    `deleted: ${run.deletedVerificationTokens} expired sign-in token(s), ${run.deletedSessions} expired session(s), ${run.deletedDevMails} development mail(s), ${run.deletedAccessibilityFeedback} handled accessibility feedback, ${run.deletedReports} handled report(s), ${run.deletedInvitations} old invitation(s), ${run.clearedImportFiles} old import file(s), ${run.deletedUnmetSearches} unmet-search count(s) older than ${UNMET_SEARCH_KEEP_MONTHS} months`,
  ].join("; ");
}
