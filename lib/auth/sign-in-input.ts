import { z } from "zod";
import { emailSchema } from "@/lib/validation/fields";

/** Where to go after signing in: a path of this site only ("/de/dashboard"), never another origin. */
export const callbackPathSchema = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/)
  .max(500)
  .catch("/");

export const SignInInputSchema = z.object({ email: emailSchema, callbackUrl: callbackPathSchema.optional() });
