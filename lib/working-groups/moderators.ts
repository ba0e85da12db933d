import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { DomainError, parseInput } from "@/lib/result";
import { isModeratorCandidate } from "@/lib/working-groups/moderator-list";
import { ModeratorInputSchema } from "@/lib/working-groups/schemas";

// Admins appoint a working group's moderators from the people of its event: anyone registered for the event
// (not cancelled) or who kept the group past the retention period. A moderator moderates the group's
// recommendations (lib/working-groups/recommendation-moderation.ts) and, with admins, reads what residents
// typed in the gap atlas (lib/gaps/gap-access.ts). The permission is checked before the group is loaded.

async function loadGroup(groupId: string) {
  const group = await prisma.workingGroup.findUnique({
    where: { id: groupId },
    select: { id: true, eventId: true, title: true },
  });
  if (!group) throw new DomainError("not_found", "notFound");
  return group;
}

/** How the trail names the person: their e-mail address, which admins see in the event's registrations. */
async function emailOf(userId: string): Promise<string> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { email: true } });
  return user?.email ?? "gelöschtes Konto";
}

/** Admin: makes an attendee of the group's event its moderator; appointing twice changes nothing. */
export async function appointModerator(actor: Actor | null, groupId: string, raw: unknown): Promise<void> {
  assertCan(actor, "event:manage");
  const group = await loadGroup(groupId);
  const { userId } = parseInput(ModeratorInputSchema, raw);
  if (!(await isModeratorCandidate(group, userId)))
    throw new DomainError("invalid_input", "invalidInput", { userId: [{ key: "choose" }] });
  const key = { workingGroupId: group.id, userId };
  const email = await emailOf(userId);
  try {
    await prisma.$transaction(async (tx) => {
      if (await tx.workingGroupModerator.findUnique({ where: { workingGroupId_userId: key } })) return;
      await tx.workingGroupModerator.create({ data: key });
      await recordAuditEvent(tx, {
        actorId: actor.userId,
        action: "working-group.moderator-appointed",
        entityType: "working-group",
        entityId: group.id,
        organisationId: null,
        summary: `${email} moderiert die Arbeitsgruppe „${group.title}“`,
      });
    });
  } catch (error) {
    // A parallel appointment of the same person got there first; the key kept it to one seat.
    if (!isUniqueViolation(error)) throw error;
  }
}

/** Admin: ends a moderator's appointment; removing someone who is no moderator changes nothing. */
export async function removeModerator(actor: Actor | null, groupId: string, raw: unknown): Promise<void> {
  assertCan(actor, "event:manage");
  const group = await loadGroup(groupId);
  const { userId } = parseInput(ModeratorInputSchema, raw);
  const email = await emailOf(userId);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.workingGroupModerator.deleteMany({ where: { workingGroupId: group.id, userId } });
    if (count === 0) return;
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "working-group.moderator-removed",
      entityType: "working-group",
      entityId: group.id,
      organisationId: null,
      summary: `${email} moderiert die Arbeitsgruppe „${group.title}“ nicht mehr`,
    });
  });
}
