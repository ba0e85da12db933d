import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/result";

// Who may enter a working-group space. Reading: admins, everyone registered (confirmed or waitlisted) for the
// group's event, and the group's members. Posting and voting: the group's members and admins. A member is
// either a confirmed registration assigned to the group or, after the retention period, a WorkingGroupMember
// row: the retention job anonymises the registration of a person who chose to keep their group (it no longer
// names them) and records the membership there instead. Such a person reads and writes in their own group
// only; the event's other groups were open to them as an attendee, and that registration is gone. Anyone else
// is told the space does not exist. A moderator, whom an admin appointed from the event's attendees
// (lib/working-groups/moderators.ts), reads the space and moderates its recommendations like an admin: status
// and links, in this group only. Moderating is not contributing: posting and voting stay with the members.

export type GroupAccess = {
  groupId: string;
  eventId: string;
  groupTitle: string;
  /** The group's core topic, if it has one. */
  topicSlug: string | null;
  isAdmin: boolean;
  isMember: boolean;
  /** Appointed by an admin to moderate this group (WorkingGroupModerator). */
  isModerator: boolean;
  /** May post recommendations and vote. */
  canContribute: boolean;
  /** May set the status of the group's recommendations and link them to offers and topics. */
  canModerate: boolean;
};

/**
 * Registrations that make their person a member of the group they are assigned to. An anonymised registration
 * (no user) names nobody; its person, if they kept the group, is counted through WorkingGroupMember.
 */
export const memberRegistrationFilter = {
  groupStatus: "assigned",
  status: "confirmed",
  userId: { not: null },
} as const satisfies Prisma.RegistrationWhereInput;

/** The registrations that make people members of the group. */
export function memberRegistrationWhere(groupId: string): Prisma.RegistrationWhereInput {
  return { ...memberRegistrationFilter, assignedGroupId: groupId };
}

/** The actor's access to the group; throws `not_found` when the group is missing or closed to them. */
export async function getGroupAccess(
  actor: Actor,
  groupId: string,
  db: Prisma.TransactionClient = prisma,
): Promise<GroupAccess> {
  const group = await db.workingGroup.findUnique({
    where: { id: groupId },
    select: { id: true, eventId: true, title: true, topic: { select: { slug: true } } },
  });
  if (!group) throw new DomainError("not_found", "notFound");
  const registration = await db.registration.findUnique({
    where: { eventId_userId: { eventId: group.eventId, userId: actor.userId } },
    select: { status: true, assignedGroupId: true, groupStatus: true },
  });
  const seat = await db.workingGroupMember.findUnique({
    where: { workingGroupId_userId: { workingGroupId: group.id, userId: actor.userId } },
    select: { userId: true },
  });
  const isModerator = await isGroupModerator(actor.userId, group.id, db);
  const isAttendee = registration !== null && registration.status !== "cancelled";
  const isMember =
    seat !== null ||
    (registration?.status === memberRegistrationFilter.status &&
      registration.groupStatus === memberRegistrationFilter.groupStatus &&
      registration.assignedGroupId === group.id);
  if (!actor.isAdmin && !isAttendee && !isMember && !isModerator) throw new DomainError("not_found", "notFound");
  return {
    groupId: group.id,
    eventId: group.eventId,
    groupTitle: group.title,
    topicSlug: group.topic?.slug ?? null,
    isAdmin: actor.isAdmin,
    isMember,
    isModerator,
    canContribute: actor.isAdmin || isMember,
    canModerate: actor.isAdmin || isModerator,
  };
}

/** Whether the person moderates the group (an admin appointed them). */
export async function isGroupModerator(
  userId: string,
  groupId: string,
  db: Prisma.TransactionClient = prisma,
): Promise<boolean> {
  const seat = await db.workingGroupModerator.findUnique({
    where: { workingGroupId_userId: { workingGroupId: groupId, userId } },
    select: { userId: true },
  });
  return seat !== null;
}

/**
 * The groups the actor may read, by the rule of getGroupAccess, as a filter: every group for admins; for others
 * the groups of events they are registered for (not cancelled), the group they kept and the groups they moderate.
 */
export function readableGroupWhere(actor: Actor): Prisma.WorkingGroupWhereInput {
  if (actor.isAdmin) return {};
  return {
    OR: [
      { event: { registrations: { some: { userId: actor.userId, status: { not: "cancelled" } } } } },
      { members: { some: { userId: actor.userId } } },
      { moderators: { some: { userId: actor.userId } } },
    ],
  };
}

/** Like getGroupAccess, and throws `forbidden` unless the actor may post and vote there. */
export async function getContributorAccess(
  actor: Actor,
  groupId: string,
  db: Prisma.TransactionClient = prisma,
): Promise<GroupAccess> {
  const access = await getGroupAccess(actor, groupId, db);
  if (!access.canContribute) throw new DomainError("forbidden", "forbidden");
  return access;
}

export type RecommendationRef = {
  id: string;
  title: string;
  status: string;
  authorId: string | null;
  workingGroupId: string;
};

const recommendationRefSelect = { id: true, title: true, status: true, authorId: true, workingGroupId: true } as const;

/** The recommendation a change is about, or null. */
export function findRecommendationRef(
  recommendationId: string,
  db: Prisma.TransactionClient = prisma,
): Promise<RecommendationRef | null> {
  return db.recommendation.findUnique({ where: { id: recommendationId }, select: recommendationRefSelect });
}

/** The recommendation a change is about; throws `not_found`. */
export async function getRecommendationRef(
  recommendationId: string,
  db: Prisma.TransactionClient = prisma,
): Promise<RecommendationRef> {
  const recommendation = await findRecommendationRef(recommendationId, db);
  if (!recommendation) throw new DomainError("not_found", "notFound");
  return recommendation;
}
