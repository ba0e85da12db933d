import { prisma } from "@/lib/db";
import { nameConsentSelect, shownName } from "@/lib/working-groups/shown-name";

// Who moderates a group, and whom an admin may appoint. Everyone who reads the space sees the moderators by the
// naming rule of the space (shownName); admins also see whom they appointed by the name and address of the
// registration, which they see in the event's registrations anyway, so that they can remove the right person.

export type GroupModerator = {
  userId: string;
  /** null: the moderator does not show their name; the page says "a moderator". */
  name: string | null;
  /** For admins only: the registration's name and address; null for everyone else. */
  adminLabel: string | null;
};
export type ModeratorCandidate = { userId: string; label: string };

type Group = { id: string; eventId: string };

/** Whether the person may be appointed: registered for the group's event (not cancelled) or a kept member. */
export async function isModeratorCandidate(group: Group, userId: string): Promise<boolean> {
  const [registration, seat] = await Promise.all([
    prisma.registration.findFirst({
      where: { eventId: group.eventId, userId, status: { not: "cancelled" } },
      select: { id: true },
    }),
    prisma.workingGroupMember.findUnique({
      where: { workingGroupId_userId: { workingGroupId: group.id, userId } },
      select: { userId: true },
    }),
  ]);
  return registration !== null || seat !== null;
}

/** What admins see of the people of the event: the registration's name and the account's address. */
async function adminLabels(group: Group, userIds?: string[]): Promise<Map<string, string>> {
  const [registrations, seats] = await Promise.all([
    prisma.registration.findMany({
      where: {
        eventId: group.eventId,
        status: { not: "cancelled" },
        userId: userIds ? { in: userIds } : { not: null },
      },
      select: { userId: true, name: true, user: { select: { email: true } } },
    }),
    prisma.workingGroupMember.findMany({
      where: { workingGroupId: group.id, ...(userIds ? { userId: { in: userIds } } : {}) },
      select: { userId: true, user: { select: { email: true, profile: { select: { displayName: true } } } } },
    }),
  ]);
  const labels = new Map<string, string>();
  const label = (name: string | null | undefined, email: string) =>
    name && name.trim() !== "" ? `${name.trim()} (${email})` : email;
  for (const seat of seats) labels.set(seat.userId, label(seat.user.profile?.displayName, seat.user.email));
  for (const registration of registrations)
    if (registration.userId && registration.user)
      labels.set(registration.userId, label(registration.name, registration.user.email));
  return labels;
}

/** The group's moderators, named by the space's rule, in the locale's alphabetical order (unnamed last). */
export async function listGroupModerators(
  group: Group,
  { isAdmin, locale, now = new Date() }: { isAdmin: boolean; locale: string; now?: Date },
): Promise<GroupModerator[]> {
  const seats = await prisma.workingGroupModerator.findMany({
    where: { workingGroupId: group.id },
    select: { userId: true, user: { select: { email: true, profile: { select: nameConsentSelect } } } },
  });
  const labels = isAdmin
    ? await adminLabels(
        group,
        seats.map((seat) => seat.userId),
      )
    : new Map<string, string>();
  const collator = new Intl.Collator(locale);
  return seats
    .map((seat) => ({
      userId: seat.userId,
      name: shownName(seat.user.profile, now),
      adminLabel: isAdmin ? (labels.get(seat.userId) ?? seat.user.email) : null,
    }))
    .sort(
      (a, b) =>
        (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) ||
        collator.compare(a.name ?? a.adminLabel ?? "", b.name ?? b.adminLabel ?? "") ||
        a.userId.localeCompare(b.userId),
    );
}

/** For admins: the people of the event who could moderate the group and do not yet, alphabetically. */
export async function listModeratorCandidates(group: Group, locale: string): Promise<ModeratorCandidate[]> {
  const [labels, seats] = await Promise.all([
    adminLabels(group),
    prisma.workingGroupModerator.findMany({ where: { workingGroupId: group.id }, select: { userId: true } }),
  ]);
  const moderators = new Set(seats.map((seat) => seat.userId));
  const collator = new Intl.Collator(locale);
  return [...labels]
    .filter(([userId]) => !moderators.has(userId))
    .map(([userId, label]) => ({ userId, label }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
