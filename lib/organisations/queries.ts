import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";

export type OrganisationProfile = {
  id: string;
  slug: string;
  name: string;
  kind: string;
  description: string;
  contactName: string | null;
  street: string | null;
  postcode: string | null;
  municipality: { slug: string; name: string };
  website: string | null;
  email: string | null;
  phone: string | null;
  languages: string[];
  isVerified: boolean;
  isDemo: boolean;
  /** Nobody manages it yet: a signed-in person may ask to take it over. */
  isClaimable: boolean;
};

const languagesSchema = z.array(z.string());

/** An approved organisation's public profile, or null. */
export async function findOrganisationProfile(slug: string): Promise<OrganisationProfile | null> {
  const row = await prisma.organisation.findFirst({
    where: { slug, status: "approved" },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      description: true,
      contactName: true,
      street: true,
      postcode: true,
      municipality: { select: { slug: true, name: true } },
      website: true,
      email: true,
      phone: true,
      languagesJson: true,
      verifiedAt: true,
      isDemo: true,
      _count: { select: { memberships: true } },
    },
  });
  if (!row) return null;
  const { languagesJson, verifiedAt, _count, ...profile } = row;
  return {
    ...profile,
    languages: languagesSchema.parse(JSON.parse(languagesJson)),
    isVerified: verifiedAt !== null,
    isClaimable: _count.memberships === 0,
  };
}
