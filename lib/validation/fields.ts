import { z } from "zod";

// Fields shared across domains. Messages here are developer-facing; forms map codes to the user's locale.

export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be lowercase letters, digits and single hyphens" });

/** ISO 639-1: two lowercase letters. */
export const languageCodeSchema = z.string().regex(/^[a-z]{2}$/, { error: "must be an ISO 639-1 code such as de" });

export const latitudeSchema = z.number().min(-90).max(90);
export const longitudeSchema = z.number().min(-180).max(180);
