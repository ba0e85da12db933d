import { z } from "zod";
import { visibilitySchema } from "@/lib/events/schemas";
import { organisationKinds } from "@/lib/organisations/organisation-kinds";
import {
  checkedList,
  languageCodeSchema,
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
  slugSchema,
} from "@/lib/validation/fields";

// Inputs of the network's forms. No database or env here: the browser checks with the same schemas as the server.

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

export const ProfileInputSchema = z.object({
  displayName: requiredText(2, 120),
  organisationName: optionalText(200),
  organisationKind: z.preprocess(emptyAsUndefined, z.enum(organisationKinds, { error: "choose" }).optional()),
  roleTitle: optionalText(120),
  municipality: z.preprocess(emptyAsUndefined, slugSchema.optional()),
  topics: checkedList(slugSchema).pipe(z.array(slugSchema).max(20)),
  languages: checkedList(languageCodeSchema).pipe(z.array(languageCodeSchema).max(20)),
  offersText: optionalText(1_000),
  seeksText: optionalText(1_000),
  contactEmail: optionalEmail,
  phone: optionalPhone,
  visibility: z.object({
    displayName: visibilitySchema,
    organisation: visibilitySchema,
    roleTitle: visibilitySchema,
    municipality: visibilitySchema,
    topics: visibilitySchema,
    languages: visibilitySchema,
    offersText: visibilitySchema,
    seeksText: visibilitySchema,
  }),
});

export const ContactRequestInputSchema = z.object({ message: requiredText(10, 1_000) });
export const ReportInputSchema = z.object({ reason: requiredText(10, 2_000) });
