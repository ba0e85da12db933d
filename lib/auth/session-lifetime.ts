import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/result";

// How long a sign-in counts (docs/decisions/011-sessions-sign-in-button-csp.md). Auth.js keeps every session
// 30 days (renewed daily while used); an admin's session ends 8 hours after its sign-in, however busy, because
// an admin can read every attendee list. Role changes and attendee-list exports need a sign-in within the last
// hour, so a forgotten open browser is not enough for them.

export const SESSION_DAYS = 30;
export const ADMIN_SESSION_HOURS = 8;
export const RECENT_SIGN_IN_MINUTES = 60;

/** Whether a session signed in at `signedInAt` has run out for this person; no sign-in time means it has. */
export function isAdminSessionOver(
  actor: Pick<Actor, "isAdmin">,
  signedInAt: Date | undefined,
  now = new Date(),
): boolean {
  if (!actor.isAdmin) return false; // Auth.js ends the others after SESSION_DAYS
  return signedInAt === undefined || now.getTime() - signedInAt.getTime() > ADMIN_SESSION_HOURS * 3_600_000;
}

export function hasRecentSignIn(actor: Pick<Actor, "signedInAt">, now = new Date()): boolean {
  const { signedInAt } = actor;
  if (signedInAt === undefined) return false;
  const age = now.getTime() - signedInAt.getTime();
  return age >= -60_000 && age <= RECENT_SIGN_IN_MINUTES * 60_000; // a minute of clock skew between processes
}

/** Throws `unauthenticated` with the key `freshSignInRequired` unless the actor signed in within the last hour. */
export function assertRecentSignIn(actor: Pick<Actor, "signedInAt">, now = new Date()): void {
  if (!hasRecentSignIn(actor, now)) throw new DomainError("unauthenticated", "freshSignInRequired");
}
