import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

// Who may read what residents typed: the unmet search queries and the needs survey's free-text answers. Both
// are words of people, shown only in aggregate and only to admins and to the moderators an admin appointed for
// a working group (WorkingGroupModerator), because those plan with them. Everyone else sees the figures.

/** Whether the actor may read unmet search queries and survey free texts. */
export async function canSeeResidentWords(actor: Actor | null): Promise<boolean> {
  if (!actor) return false;
  if (actor.isAdmin) return true;
  const seat = await prisma.workingGroupModerator.findFirst({
    where: { userId: actor.userId },
    select: { userId: true },
  });
  return seat !== null;
}
