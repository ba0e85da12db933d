import { z } from "zod";
import { orgRoles } from "@/lib/auth/permissions";
import { organisationKinds } from "@/lib/organisations/organisation-kinds";
import {
  checkedList,
  emailSchema,
  languageCodeSchema,
  latitudeSchema,
  longitudeSchema,
  optionalCoordinate,
  optionalEmail,
  optionalPhone,
  optionalPostcode,
  optionalText,
  optionalWebsite,
  requiredText,
  slugSchema,
} from "@/lib/validation/fields";

// Shapes only; rights and references (does the municipality exist, is the postcode in it) are the mutations'.

export const OrganisationInputSchema = z
  .object({
    name: requiredText(3, 120),
    kind: z.enum(organisationKinds, { error: "choose" }),
    municipality: slugSchema,
    street: optionalText(120),
    postcode: optionalPostcode,
    contactName: optionalText(120),
    email: optionalEmail,
    phone: optionalPhone,
    website: optionalWebsite,
    description: optionalText(2_000),
    languages: checkedList(languageCodeSchema).pipe(z.array(languageCodeSchema).max(30)),
    lat: optionalCoordinate(latitudeSchema),
    lng: optionalCoordinate(longitudeSchema),
  })
  .refine((value) => (value.lat === undefined) === (value.lng === undefined), {
    path: ["lat"],
    error: "locationIncomplete",
  });
export type OrganisationInput = z.output<typeof OrganisationInputSchema>;

/** What the duplicate warning looks at while someone types. */
export const DuplicateCheckSchema = z.object({
  name: z.string().trim().min(3).max(120),
  municipality: slugSchema,
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
});

export const ClaimInputSchema = z.object({ message: optionalText(1_000) });

export const InvitationInputSchema = z.object({
  email: emailSchema,
  role: z.enum(orgRoles, { error: "choose" }),
});

export const MemberInputSchema = z.object({ userId: z.string().min(1).max(40) });

export const RejectionInputSchema = z.object({ reason: requiredText(5, 1_000) });
