import { effectiveAvailability, isStale } from "@/lib/offers/freshness";
import type { OfferSearchDocument } from "@/lib/search/offer-search-index";

// Ranking after text relevance: fresh offers before stale ones, then offers with places before full ones.
// Both engines use these numbers, so results are ordered alike whichever runs.

const availabilityRank: Record<string, number> = { free: 4, few: 3, unknown: 2, waitlist: 1, full: 0 };

/** 1 for a fresh offer, 0 for a stale one. */
export function freshnessRank(document: Pick<OfferSearchDocument, "lastConfirmedAt">, now: Date): number {
  return isStale(new Date(document.lastConfirmedAt), now) ? 0 : 1;
}

/** 0 (full) … 4 (free places), with a status older than its validity counting as unknown. */
export function availabilityRankOf(
  document: Pick<OfferSearchDocument, "availability" | "availabilitySetAt">,
  now: Date,
): number {
  const setAt = document.availabilitySetAt ? new Date(document.availabilitySetAt) : null;
  return availabilityRank[effectiveAvailability(document.availability, setAt, now)] ?? 2;
}

/** Text relevance in steps of about 19 %: scores within a step count as equal, so freshness can decide. */
export function relevanceStep(score: number): number {
  return score > 0 ? Math.floor(Math.log2(score) * 4) : Number.NEGATIVE_INFINITY;
}

/**
 * Orders two scored hits: relevance step, then freshness, then availability, then the most recently confirmed.
 * Every key depends on one hit only, so the order is consistent (transitive) and the same in both engines.
 */
export function compareByRank(
  a: { score: number; document: OfferSearchDocument },
  b: { score: number; document: OfferSearchDocument },
  now: Date,
): number {
  return (
    relevanceStep(b.score) - relevanceStep(a.score) ||
    freshnessRank(b.document, now) - freshnessRank(a.document, now) ||
    availabilityRankOf(b.document, now) - availabilityRankOf(a.document, now) ||
    b.document.lastConfirmedAt.localeCompare(a.document.lastConfirmedAt) ||
    a.document.slug.localeCompare(b.document.slug)
  );
}
