import { z } from "zod";

// What happened after an action that changes something, carried across the redirect in the query string so it
// survives without JavaScript and without a session store. Only one of these fixed keys ever goes into the
// URL – never a name, an address or anything a person typed.

export const ACTION_NOTICES = [
  "saved",
  "submittedForReview",
  "approved",
  "rejected",
  "invited",
  "joined",
  "registered",
  "waitlisted",
  "registrationCancelled",
  "organisationRegistered",
  "offerCreated",
  "translationSaved",
  "profileSaved",
  "contactRequestSent",
  "contactAccepted",
  "reported",
  "blocked",
  "feedbackSent",
  "confirmed",
  "messageSent",
  "accountDeleted",
  "emailChanged",
] as const;

export type ActionNotice = (typeof ACTION_NOTICES)[number];

export const NOTICE_PARAM = "hinweis";

const NoticeSchema = z.enum(ACTION_NOTICES);

/** The href with the notice added to its query string (keeps a query and a fragment that are already there). */
export function withNotice(href: string, notice: ActionNotice): string {
  const [beforeHash, hash] = href.split("#", 2) as [string, string | undefined];
  const separator = beforeHash.includes("?") ? "&" : "?";
  return `${beforeHash}${separator}${NOTICE_PARAM}=${notice}${hash === undefined ? "" : `#${hash}`}`;
}

/** The notice a query value names, or null for anything else (a hand-edited URL shows nothing). */
export function readNotice(value: string | null | undefined): ActionNotice | null {
  const parsed = NoticeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
