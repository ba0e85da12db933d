import { z } from "zod";
import type { ActionResult } from "@/lib/result";

// Why a decision on a review page did not go through, carried back to that page in the query string (the forms
// work without JavaScript, so there is no client state to hold it). Only these fixed keys reach the URL.

export const REVIEW_ERROR_PARAM = "fehler";

export const reviewErrors = ["reasonMissing", "alreadyDecided", "organisationNotApproved", "failed"] as const;
export type ReviewError = (typeof reviewErrors)[number];

/** The key for a failed decision: the reason field, the two conflicts a reviewer can meet, anything else. */
export function reviewErrorOf(result: Extract<ActionResult<unknown>, { ok: false }>): ReviewError {
  if (result.fieldErrors?.reason) return "reasonMissing";
  const { key } = result.message;
  if (key === "alreadyDecided" || key === "organisationNotApproved") return key;
  return "failed";
}

/** The error a review page shows; a hand-edited value shows nothing. */
export const ReviewErrorSchema = z.enum(reviewErrors).optional().catch(undefined);
