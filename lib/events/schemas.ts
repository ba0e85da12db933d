import { z } from "zod";
import { checkbox, optionalText, recordIdSchema, requiredText, slugSchema } from "@/lib/validation/fields";

// Input of the registration form. Whether the chosen groups belong to the event, the municipality exists and
// the registration window is open is checked by lib/events/registration.ts, which knows the event.

export const visibilities = ["nobody", "attendees", "public"] as const;
export type Visibility = (typeof visibilities)[number];

/** A per-field directory consent: nobody unless the person chose otherwise. */
export const visibilitySchema = z.preprocess(
  (value) => (value === undefined || value === "" ? "nobody" : value),
  z.enum(visibilities, { error: "choose" }),
);

const optionalRecordId = z.preprocess((value) => (value === "" ? undefined : value), recordIdSchema.optional());

export const RegistrationInputSchema = z
  .object({
    name: requiredText(2, 120),
    organisationName: optionalText(200),
    municipality: z.preprocess((value) => (value === "" ? undefined : value), slugSchema.optional()),
    role: optionalText(120),
    firstChoice: z.preprocess((value) => (value === "" ? undefined : value), recordIdSchema.optional()),
    secondChoice: optionalRecordId,
    accessibilityNeeds: optionalText(1_000),
    keepsGroup: checkbox,
    directory: z
      .object({
        displayName: visibilitySchema,
        organisation: visibilitySchema,
        roleTitle: visibilitySchema,
        municipality: visibilitySchema,
        topics: visibilitySchema,
      })
      .default({
        displayName: "nobody",
        organisation: "nobody",
        roleTitle: "nobody",
        municipality: "nobody",
        topics: "nobody",
      }),
  })
  .superRefine((input, ctx) => {
    if (input.secondChoice && input.secondChoice === input.firstChoice)
      ctx.addIssue({ code: "custom", path: ["secondChoice"], message: "secondChoiceDiffers" });
  });

export type RegistrationInput = z.infer<typeof RegistrationInputSchema>;

export const GroupMoveInputSchema = z.object({
  groupId: recordIdSchema,
  reason: requiredText(3, 500),
});
