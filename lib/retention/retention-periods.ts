// How long operational records are kept, in days (lib/retention/retention-job.ts applies them; the privacy
// page states them). Fixed rather than configurable: they follow from what the records are for, not from
// the operator's setup. The configurable periods are in lib/env.ts (REGISTRATION_RETENTION_DAYS,
// AUDIT_RETENTION_DAYS).

/** Development mailbox: long enough to follow a link sent today, short enough to hold few addresses. */
export const DEV_MAIL_KEEP_DAYS = 7;
/** Handled accessibility feedback and handled reports: time for follow-up questions about the handling. */
export const HANDLED_KEEP_DAYS = 90;
/** Accepted or expired invitations: for a month an old link still says "used" or "expired", then "invalid". */
export const INVITATION_KEEP_DAYS = 30;
/**
 * Uploaded import files and their row reports, after the run ended (or, never run, after upload): long enough to
 * look at a run again, short enough not to keep a county's contact lists on the server. Counts stay.
 */
export const IMPORT_FILE_KEEP_DAYS = 30;
