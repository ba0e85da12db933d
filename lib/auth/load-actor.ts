import type { Actor, OrgRole } from "@/lib/auth/permissions";
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
