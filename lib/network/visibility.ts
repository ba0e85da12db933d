import type { Visibility } from "@/lib/events/schemas";

// Who sees which field of a directory profile. Pure, so the same rule serves the directory, profile pages,
// matchmaking, badges and the "what others see of me" preview, and a matrix test can cover it whole.
//
// A field is shown to someone else only if the person chose it for them: "public" for everyone, "attendees" for
// signed-in people registered for an event the person is registered for too, "nobody" for no one. After
// visibleUntil nothing is shown to anyone else (consent expires unless renewed). The person always sees all.

export const profileFields = [
  "displayName",
  "organisation",
  "roleTitle",
  "municipality",
  "topics",
  "languages",
  "offersText",
  "seeksText",
] as const;
export type ProfileField = (typeof profileFields)[number];

export type ProfileVisibilities = Record<ProfileField, Visibility>;

/** The Profile column that stores each field's visibility. */
export const visibilityColumn = {
  displayName: "displayNameVisibility",
  organisation: "organisationVisibility",
  roleTitle: "roleTitleVisibility",
  municipality: "municipalityVisibility",
  topics: "topicsVisibility",
  languages: "languagesVisibility",
  offersText: "offersTextVisibility",
  seeksText: "seeksTextVisibility",
} as const satisfies Record<ProfileField, string>;
type VisibilityColumn = (typeof visibilityColumn)[ProfileField];

/** The visibility columns as a Prisma select. */
export const visibilitySelect = {
  displayNameVisibility: true,
  organisationVisibility: true,
  roleTitleVisibility: true,
  municipalityVisibility: true,
  topicsVisibility: true,
  languagesVisibility: true,
  offersTextVisibility: true,
  seeksTextVisibility: true,
} as const satisfies Record<VisibilityColumn, true>;

const asVisibility = (value: string): Visibility => (value === "public" || value === "attendees" ? value : "nobody");

/** A stored profile's visibilities; anything unexpected in the database counts as "nobody". */
export function visibilitiesOf(row: Record<VisibilityColumn, string>): ProfileVisibilities {
  return Object.fromEntries(
    profileFields.map((field) => [field, asVisibility(row[visibilityColumn[field]])]),
  ) as ProfileVisibilities;
}

/** Visibilities as Profile columns, for writing (only the fields given). */
export function visibilityColumns(
  visibilities: Partial<ProfileVisibilities>,
): Partial<Record<VisibilityColumn, Visibility>> {
  return Object.fromEntries(
    profileFields.flatMap((field) => {
      const value = visibilities[field];
      return value === undefined ? [] : [[visibilityColumn[field], value]];
    }),
  );
}

/** How the viewer relates to the profile's person. */
export type ViewerRelation = "self" | "fellow-attendee" | "signed-in" | "anonymous";

export function viewerRelation(
  viewerUserId: string | null,
  ownerUserId: string,
  viewerEventIds: ReadonlySet<string>,
  ownerEventIds: Iterable<string>,
): ViewerRelation {
  if (viewerUserId === null) return "anonymous";
  if (viewerUserId === ownerUserId) return "self";
  for (const eventId of ownerEventIds) if (viewerEventIds.has(eventId)) return "fellow-attendee";
  return "signed-in";
}

export function isConsentCurrent(visibleUntil: Date | null, now: Date): boolean {
  return visibleUntil === null || visibleUntil > now;
}

export function canSeeField(
  visibility: Visibility,
  relation: ViewerRelation,
  visibleUntil: Date | null,
  now: Date,
): boolean {
  if (relation === "self") return true;
  if (!isConsentCurrent(visibleUntil, now)) return false;
  if (visibility === "public") return true;
  return visibility === "attendees" && relation === "fellow-attendee";
}

/** The set of fields the viewer may see. */
export function visibleFields(
  visibilities: ProfileVisibilities,
  relation: ViewerRelation,
  visibleUntil: Date | null,
  now: Date,
): Set<ProfileField> {
  return new Set(profileFields.filter((field) => canSeeField(visibilities[field], relation, visibleUntil, now)));
}
