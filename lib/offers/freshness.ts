// How old information may get before the product stops trusting it. Issue #4 makes the periods configurable
// and sends the reminders; the rules that decide what readers see live here.

const DAY_MS = 86_400_000;

/** An offer not confirmed for this many days is marked stale and ranked lower. */
export const STALE_AFTER_DAYS = 180;
/** A places-free status older than this many days is no longer shown: it falls back to "unknown". */
export const AVAILABILITY_VALID_DAYS = 30;

export const availabilityValues = ["unknown", "free", "few", "waitlist", "full"] as const;
export type Availability = (typeof availabilityValues)[number];

export function isStale(lastConfirmedAt: Date, now: Date = new Date()): boolean {
  return now.getTime() - lastConfirmedAt.getTime() > STALE_AFTER_DAYS * DAY_MS;
}

export function effectiveAvailability(availability: string, setAt: Date | null, now: Date = new Date()): Availability {
  if (!setAt || now.getTime() - setAt.getTime() > AVAILABILITY_VALID_DAYS * DAY_MS) return "unknown";
  return (availabilityValues as readonly string[]).includes(availability) ? (availability as Availability) : "unknown";
}
