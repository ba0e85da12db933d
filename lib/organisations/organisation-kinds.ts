export const organisationKinds = [
  "municipal_office",
  "welfare_association",
  "association",
  "migrant_organisation",
  "education_provider",
  "volunteer_initiative",
  "company",
  "other",
] as const;

export type OrganisationKind = (typeof organisationKinds)[number];

export function toOrganisationKind(value: string): OrganisationKind {
  return (organisationKinds as readonly string[]).includes(value) ? (value as OrganisationKind) : "other";
}
