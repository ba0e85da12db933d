import { prisma } from "@/lib/db";

// Registration details beyond what tests/conference-factories.ts fills in, for the admin views' tests
// (route tests under app/ may not talk to the database themselves).

type Details = {
  organisationName?: string | null;
  accessibilityNeeds?: string | null;
  role?: string | null;
  municipalitySlug?: string;
  checkedInAt?: Date | null;
};

export async function setRegistrationDetails(registrationId: string, details: Details): Promise<void> {
  const { municipalitySlug, ...fields } = details;
  const municipality = municipalitySlug
    ? await prisma.municipality.findUniqueOrThrow({ where: { slug: municipalitySlug }, select: { id: true } })
    : null;
  await prisma.registration.update({
    where: { id: registrationId },
    data: { ...fields, ...(municipality ? { municipalityId: municipality.id } : {}) },
  });
}
