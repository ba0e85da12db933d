import type { Actor, OrgRole } from "@/lib/auth/permissions";
import { ADMIN_SESSION_HOURS, isAdminSessionOver } from "@/lib/auth/session-lifetime";
import { prisma } from "@/lib/db";

/** The actor behind a user id: admin flag and role per organisation, read fresh (a removed member loses access at once). */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, isAdmin: true, memberships: { select: { organisationId: true, role: true } } },
  });
  if (!user) return null;
  const roleByOrganisationId: Record<string, OrgRole> = {};
  for (const membership of user.memberships)
    if (membership.role === "owner" || membership.role === "editor")
      roleByOrganisationId[membership.organisationId] = membership.role;
  return { userId: user.id, email: user.email, isAdmin: user.isAdmin, roleByOrganisationId };
}

/**
 * The actor of a session signed in at `signedInAt`, or null when it ran out: an admin's session ends
 * ADMIN_SESSION_HOURS after its sign-in, and then that person's sessions from before are deleted.
 */
export async function loadSessionActor(
  session: { userId: string; signedInAt: Date | undefined },
  now = new Date(),
): Promise<Actor | null> {
  const actor = await loadActor(session.userId);
  if (!actor) return null;
  if (isAdminSessionOver(actor, session.signedInAt, now)) {
    const cutoff = new Date(now.getTime() - ADMIN_SESSION_HOURS * 3_600_000);
    await prisma.session.deleteMany({ where: { userId: actor.userId, createdAt: { lt: cutoff } } });
    return null;
  }
  return { ...actor, signedInAt: session.signedInAt };
}
