// Where a signed-in person belongs, from the roles they have. Pure: lib/account/my-roles.ts reads the roles.
// Sign-in links are mailed with one fixed return path (the dashboard), so the decision is made when the link is
// used, not when it is sent: an invitation accepted in between already counts.

export type PersonRoles = {
  isAdmin: boolean;
  organisationCount: number;
  /** Upcoming events the person is registered or waitlisted for. */
  upcomingRegistrationCount: number;
  hasNetworkProfile: boolean;
};

export type HomePath = "/dashboard" | "/verwaltung" | "/netzwerk";

/** Marks the dashboard URL that sign-in links return to: only there does the dashboard send a person on. */
export const AFTER_SIGN_IN_PARAM = "angemeldet";

/** Takes part in the conference or the network: registered for an event, or has a network profile. */
export const isAttendee = (roles: PersonRoles) => roles.upcomingRegistrationCount > 0 || roles.hasNetworkProfile;

/**
 * The page to land on after signing in. Organisation work comes first (an admin who edits an organisation lands
 * on the dashboard, which links the review queue too); an admin without an organisation goes to the review
 * queue; an attendee without one to the network, which also leads to the conference. Someone with no role yet
 * gets the dashboard, which offers both ways in.
 */
export function homeFor(roles: PersonRoles): HomePath {
  if (roles.organisationCount > 0) return "/dashboard";
  if (roles.isAdmin) return "/verwaltung";
  if (isAttendee(roles)) return "/netzwerk";
  return "/dashboard";
}

export type MySection = "administration" | "organisations" | "conference";

/**
 * The sections of "Mein Bereich", one per role, in the order that matters to this person: a person who only
 * attends sees the conference and network first, not "no organisation yet". Organisations and conference are
 * always there, since every signed-in person may register an organisation and take part.
 */
export function mySectionsFor(roles: PersonRoles): MySection[] {
  const rest: MySection[] =
    roles.organisationCount === 0 && isAttendee(roles)
      ? ["conference", "organisations"]
      : ["organisations", "conference"];
  return roles.isAdmin ? ["administration", ...rest] : rest;
}
