import { z } from "zod";
import { optionalEmail, requiredText } from "@/lib/validation/fields";

// The accessibility feedback form. Client-safe: the browser checks with the same schema.

export const AccessibilityFeedbackInputSchema = z.object({
  message: requiredText(10, 5_000),
  pageUrl: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(500).optional(),
  ),
  email: optionalEmail,
});
