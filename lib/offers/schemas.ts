import { z } from "zod";

export const MAX_QUERY_LENGTH = 200;

/** The free-text query of the results page: trimmed, at most 200 characters. */
export const OfferTextQuerySchema = z.string().trim().max(MAX_QUERY_LENGTH, { error: "too_long" });
