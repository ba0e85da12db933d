import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DAY_MS } from "@/lib/offers/freshness";

// The retention period for conference data (REGISTRATION_RETENTION_DAYS after an event ends):
// - registrations are deleted, except confirmed ones of people who chose to stay in their working group
//   (keepsGroup); those lose every personal field and keep only what makes them a member of the group's space;
// - directory profiles whose visibility ended that long ago (and was not renewed) are deleted, unless the person
//   is registered for an event that has not ended yet;
// - contact requests are left alone: they are the correspondence of two people, not registration data, and
//   disappear when either account is deleted.
// Idempotent, so it runs hourly in-process (lib/jobs/scheduler.ts) and by hand (`npm run jobs:retention`).

export type RetentionRun = {
  events: number;
  deletedRegistrations: number;
  anonymisedRegistrations: number;
  deletedProfiles: number;
};

/** What an anonymised registration keeps: user, event, sequence, status and the working-group assignment. */
const ANONYMISED_FIELDS = {
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

function retentionCutoff(now: Date): Date {
  return new Date(now.getTime() - env.REGISTRATION_RETENTION_DAYS * DAY_MS);
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

/** Applies the retention period to every event that ended more than REGISTRATION_RETENTION_DAYS ago. */
export async function runRetentionJob(now = new Date()): Promise<RetentionRun> {
  const events = await prisma.event.findMany({
    // Only events with something left to clear: every row still to delete or anonymise has no anonymisedAt.
    where: { endsAt: { lt: retentionCutoff(now) }, registrations: { some: { anonymisedAt: null } } },
    select: { id: true, title: true },
    orderBy: { endsAt: "asc" },
  });
  const run: RetentionRun = { events: 0, deletedRegistrations: 0, anonymisedRegistrations: 0, deletedProfiles: 0 };
  for (const event of events) {
    const { deleted, anonymised } = await clearEventRegistrations(event, now);
    if (deleted + anonymised > 0) run.events += 1;
    run.deletedRegistrations += deleted;
    run.anonymisedRegistrations += anonymised;
  }
  run.deletedProfiles = await deleteExpiredProfiles(now);
  return run;
}
