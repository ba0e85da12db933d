import type { Visibility } from "@/lib/events/schemas";
import { canSeeField } from "@/lib/network/visibility";

// How a person is named in a working-group space: by the directory's rule for the display name
// (lib/network/visibility.ts). Everyone who can read a space is an attendee of its event, one of its members
// or an admin, so each reader counts as a fellow attendee; one's own name follows the same rule, so the space shows what others see.
// Without consent a person is counted, never named.

export type NameConsent = { displayName: string; displayNameVisibility: string; visibleUntil: Date | null };

/** The profile fields the rule reads, as a Prisma select. */
export const nameConsentSelect = { displayName: true, displayNameVisibility: true, visibleUntil: true } as const;

export function shownName(profile: NameConsent | null | undefined, now: Date = new Date()): string | null {
  if (!profile) return null;
  const visibility = profile.displayNameVisibility as Visibility;
  if (!canSeeField(visibility, "fellow-attendee", profile.visibleUntil, now)) return null;
  const name = profile.displayName.trim();
  return name === "" ? null : name;
}
