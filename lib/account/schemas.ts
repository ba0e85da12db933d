import { z } from "zod";
import { emailSchema } from "@/lib/validation/fields";

export const EmailChangeInputSchema = z.object({ email: emailSchema });
export const AccountDeletionInputSchema = z.object({
  confirmation: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "confirmEmail" })),
});
