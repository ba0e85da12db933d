import "server-only";
import QRCode from "qrcode";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import {
  attendeeSelect,
  byAttendeeName,
  confirmedAttendeesWhere,
  toAttendee,
  type Attendee,
} from "@/lib/events/registration-list";
import type { Visibility } from "@/lib/events/schemas";
import { canSeeField } from "@/lib/network/visibility";
import { assertRecentSignIn } from "@/lib/auth/session-lifetime";

// Printable name badges for the confirmed attendees. A badge carries a QR code to the person's network profile
// only when the person made their name visible in the directory and that visibility has not run out: a code
// on a badge is seen by everyone in the room, so it must not lead to a profile nobody else may see.

export type BadgeProfile = { id: string; displayNameVisibility: string; visibleUntil: Date | null };

/** The profile address a badge's QR code may show, or null when the person did not consent (or it expired). */
export function badgeProfileUrl(profile: BadgeProfile | null, publicUrl: string, now: Date): string | null {
  // The directory's rule for the name, as a fellow attendee would see it (lib/network/visibility.ts).
  if (
    !profile ||
    !canSeeField(profile.displayNameVisibility as Visibility, "fellow-attendee", profile.visibleUntil, now)
  )
    return null;
  // German path: the profile page switches to the reader's language from there.
  return `${publicUrl}/de/netzwerk/personen/${profile.id}`;
}

export type Badge = Attendee & {
  /** An <svg> document made here from the profile address; rendered inline, so printing makes no request. */
  qrSvg: string | null;
};

/** The confirmed attendees' badges in alphabetical order. */
export async function listBadges(actor: Actor | null, eventId: string, now = new Date()): Promise<Badge[]> {
  assertCan(actor, "event:manage");
  assertRecentSignIn(actor);
  const rows = await prisma.registration.findMany({
    where: confirmedAttendeesWhere(eventId),
    select: {
      ...attendeeSelect,
      user: { select: { profile: { select: { id: true, displayNameVisibility: true, visibleUntil: true } } } },
    },
  });
  rows.sort(byAttendeeName);
  return Promise.all(
    rows.map(async (row) => {
      const url = badgeProfileUrl(row.user?.profile ?? null, env.PUBLIC_URL, now);
      return {
        ...toAttendee(row),
        qrSvg: url ? await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) : null,
      };
    }),
  );
}
