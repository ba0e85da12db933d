import { env } from "@/lib/env";
import { availabilityValues, type Availability } from "@/lib/offers/availability";

// How old information may get before the product stops trusting it (periods configured in lib/env.ts). The
// rules that decide what readers see live here; lib/freshness sends the reminders.

export const DAY_MS = 86_400_000;

/** An offer last confirmed before this instant is stale; the one rule, for code (isStale) and queries (`lt`). */
export function staleBefore(now: Date = new Date()): Date {
  return new Date(now.getTime() - env.OFFER_STALE_AFTER_DAYS * DAY_MS);
}

export function isStale(lastConfirmedAt: Date, now: Date = new Date()): boolean {
  return lastConfirmedAt.getTime() < staleBefore(now).getTime();
}

export function effectiveAvailability(availability: string, setAt: Date | null, now: Date = new Date()): Availability {
  if (!setAt || now.getTime() - setAt.getTime() > env.AVAILABILITY_VALID_DAYS * DAY_MS) return "unknown";
  return (availabilityValues as readonly string[]).includes(availability) ? (availability as Availability) : "unknown";
}
