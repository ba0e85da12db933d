import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/result";

// Who may enter a working-group space. Reading: admins and everyone registered (confirmed or waitlisted) for
// the group's event. Posting and voting: the group's members and admins. A member is a confirmed registration
// assigned to the group; the retention job keeps (anonymised) the registrations of people who chose to keep
// their group, so they stay members after the event. Anyone else is told the space does not exist.

export type GroupAccess = {
  groupId: string;
  eventId: string;
  groupTitle: string;
  isAdmin: boolean;
  isMember: boolean;
  /** May post recommendations and vote. */
  canContribute: boolean;
};

/** Registrations that make their person a member of the group they are assigned to. */
export const memberRegistrationFilter = { groupStatus: "assigned", status: "confirmed" } as const;

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
    select: { id: true, eventId: true, title: true },
  });
  if (!group) throw new DomainError("not_found", "notFound");
  const registration = await db.registration.findUnique({
    where: { eventId_userId: { eventId: group.eventId, userId: actor.userId } },
    select: { status: true, assignedGroupId: true, groupStatus: true },
  });
  const isAttendee = registration !== null && registration.status !== "cancelled";
  if (!actor.isAdmin && !isAttendee) throw new DomainError("not_found", "notFound");
  const isMember =
    registration?.status === memberRegistrationFilter.status &&
    registration.groupStatus === memberRegistrationFilter.groupStatus &&
    registration.assignedGroupId === group.id;
  return {
    groupId: group.id,
    eventId: group.eventId,
    groupTitle: group.title,
    isAdmin: actor.isAdmin,
    isMember,
    canContribute: actor.isAdmin || isMember,
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

/** The recommendation a change is about; throws `not_found`. */
export async function getRecommendationRef(
  recommendationId: string,
  db: Prisma.TransactionClient = prisma,
): Promise<RecommendationRef> {
  const recommendation = await db.recommendation.findUnique({
    where: { id: recommendationId },
    select: { id: true, title: true, status: true, authorId: true, workingGroupId: true },
  });
  if (!recommendation) throw new DomainError("not_found", "notFound");
  return recommendation;
}
