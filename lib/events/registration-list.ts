import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { recordIdSchema, slugSchema } from "@/lib/validation/fields";
import { assertRecentSignIn } from "@/lib/auth/session-lifetime";

// The admins' view of an event's registrations: the filtered table (and its CSV), and the check-in list.
// Registrations that the retention job anonymised are left out: their personal fields are gone, and the
// people stay visible only as members of their working group.

/**
 * Registrations that still name a person. The retention job anonymises a registration by clearing its personal
 * fields and its user link together; both conditions are kept so a row half-way through never shows.
 */
export const onRecordWhere = { anonymisedAt: null, userId: { not: null } } satisfies Prisma.RegistrationWhereInput;

export const registrationStatuses = ["confirmed", "waitlisted", "cancelled"] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** The table's filters from the query string; a malformed value is ignored, not an error. */
export const RegistrationFilterSchema = z.object({
  // Without a status the table shows the attendees (confirmed and waiting), not the cancellations.
  status: z.enum(registrationStatuses).optional().catch(undefined),
  group: recordIdSchema.optional().catch(undefined),
  municipality: slugSchema.optional().catch(undefined),
  checkedIn: z.enum(["yes", "no"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type RegistrationFilter = z.infer<typeof RegistrationFilterSchema>;

const registrationRowSelect = {
  id: true,
  sequence: true,
  name: true,
  organisationName: true,
  role: true,
  status: true,
  groupStatus: true,
  accessibilityNeeds: true,
  assignmentReason: true,
  checkedInAt: true,
  user: { select: { email: true } },
  municipality: { select: { name: true } },
  assignedGroup: { select: { id: true, title: true } },
  firstChoice: { select: { title: true } },
  secondChoice: { select: { title: true } },
} satisfies Prisma.RegistrationSelect;

export type RegistrationRow = {
  id: string;
  sequence: number;
  name: string;
  email: string;
  organisationName: string | null;
  municipality: string | null;
  role: string | null;
  status: RegistrationStatus;
  /** 1-based place on the event's waiting list; null unless waiting. */
  waitlistPosition: number | null;
  group: { id: string; title: string; status: "assigned" | "waitlisted" } | null;
  firstChoice: string | null;
  secondChoice: string | null;
  accessibilityNeeds: string | null;
  assignmentReason: string | null;
  checkedInAt: Date | null;
};

function matchesText(row: { name: string; organisationName: string | null }, query: string): boolean {
  const needle = query.toLocaleLowerCase("de");
  return [row.name, row.organisationName ?? ""].some((text) => text.toLocaleLowerCase("de").includes(needle));
}

/** The event's registrations in registration order, filtered. */
export async function listRegistrations(
  actor: Actor | null,
  eventId: string,
  filter: RegistrationFilter,
): Promise<RegistrationRow[]> {
  assertCan(actor, "event:manage");
  assertRecentSignIn(actor); // attendee lists: a sign-in within the last hour (lib/auth/session-lifetime.ts)
  const [rows, waiting] = await Promise.all([
    prisma.registration.findMany({
      where: {
        eventId,
        ...onRecordWhere,
        status: filter.status ?? { in: ["confirmed", "waitlisted"] },
        ...(filter.group ? { assignedGroupId: filter.group } : {}),
        ...(filter.municipality ? { municipality: { slug: filter.municipality } } : {}),
        ...(filter.checkedIn ? { checkedInAt: filter.checkedIn === "yes" ? { not: null } : null } : {}),
      },
      select: registrationRowSelect,
      orderBy: { sequence: "asc" },
    }),
    prisma.registration.findMany({
      where: { eventId, status: "waitlisted" },
      select: { id: true },
      orderBy: { sequence: "asc" },
    }),
  ]);
  const positions = new Map(waiting.map((row, index) => [row.id, index + 1]));
  // SQLite's LIKE folds case for ASCII only; "Ö" must find "ö", so the text filter runs here (a few hundred rows).
  const query = filter.q;
  return rows
    .filter((row) => !query || matchesText(row, query))
    .flatMap(({ user, ...row }) => (user ? [{ ...row, email: user.email }] : []))
    .map((row) => ({
      id: row.id,
      sequence: row.sequence,
      name: row.name,
      email: row.email,
      organisationName: row.organisationName,
      municipality: row.municipality?.name ?? null,
      role: row.role,
      status: row.status as RegistrationStatus,
      waitlistPosition: positions.get(row.id) ?? null,
      group:
        row.assignedGroup && (row.groupStatus === "assigned" || row.groupStatus === "waitlisted")
          ? { ...row.assignedGroup, status: row.groupStatus }
          : null,
      firstChoice: row.firstChoice?.title ?? null,
      secondChoice: row.secondChoice?.title ?? null,
      accessibilityNeeds: row.accessibilityNeeds,
      assignmentReason: row.assignmentReason,
      checkedInAt: row.checkedInAt,
    }));
}

// The door list and the badges show the same people the same way: confirmed and still on record (the retention
// job anonymises the rest), in alphabetical order, with the group they hold a firm place in (a place on a
// group's waiting list is not printed).

export const confirmedAttendeesWhere = (eventId: string) =>
  ({ eventId, status: "confirmed", ...onRecordWhere }) satisfies Prisma.RegistrationWhereInput;

/** The fields `toAttendee` reads; each view adds its own. */
export const attendeeSelect = {
  id: true,
  name: true,
  organisationName: true,
  groupStatus: true,
  assignedGroup: { select: { title: true } },
} satisfies Prisma.RegistrationSelect;

export type Attendee = { id: string; name: string; organisationName: string | null; group: string | null };

export function toAttendee(row: Prisma.RegistrationGetPayload<{ select: typeof attendeeSelect }>): Attendee {
  return {
    id: row.id,
    name: row.name,
    organisationName: row.organisationName,
    group: row.groupStatus === "assigned" ? (row.assignedGroup?.title ?? null) : null,
  };
}

export const byAttendeeName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, "de", { sensitivity: "base" });

export type CheckInRow = Attendee & { checkedInAt: Date | null };

/** The confirmed attendees in alphabetical order, for the door. */
export async function listCheckIn(actor: Actor | null, eventId: string): Promise<CheckInRow[]> {
  assertCan(actor, "event:manage");
  assertRecentSignIn(actor);
  const rows = await prisma.registration.findMany({
    where: confirmedAttendeesWhere(eventId),
    select: { ...attendeeSelect, checkedInAt: true },
  });
  return rows.map((row) => ({ ...toAttendee(row), checkedInAt: row.checkedInAt })).sort(byAttendeeName);
}
