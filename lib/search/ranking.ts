import { env } from "@/lib/env";
import { DAY_MS } from "@/lib/offers/freshness";

// Ranking after text relevance: fresh offers before stale ones, then offers with places before full ones.
// The embedded engine evaluates these at query time; Meilisearch gets them as ranking rules and fields.

/** 0 (full) … 4 (free places); unknown in the middle. */
export const availabilityRank: Record<string, number> = { free: 4, few: 3, unknown: 2, waitlist: 1, full: 0 };

/** 1 for an offer confirmed within the freshness period, 0 for a stale one. */
export function freshnessRankAt(lastConfirmedAtMs: number, now: Date): number {
  return now.getTime() - lastConfirmedAtMs > env.OFFER_STALE_AFTER_DAYS * DAY_MS ? 0 : 1;
}

/** 0 (full) … 4 (free places); a status older than its validity counts as unknown (2). */
export function availabilityRankAt(availability: string, setAtMs: number | null, now: Date): number {
  if (setAtMs === null || now.getTime() - setAtMs > env.AVAILABILITY_VALID_DAYS * DAY_MS)
    return availabilityRank.unknown!;
  return availabilityRank[availability] ?? availabilityRank.unknown!;
}

/** Text relevance in steps of about 19 %: scores within a step count as equal, so freshness can decide. */
export function relevanceStep(score: number): number {
  return score > 0 ? Math.floor(Math.log2(score) * 4) : Number.NEGATIVE_INFINITY;
}
