import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { identitySelect, parsePendingIdentity } from "@/lib/organisations/identity-review";
import type { OrganisationProfile } from "@/lib/organisations/queries";
import { identityChangeRows, municipalityNamesById, type IdentityChangeRow } from "@/lib/review/review-queue";

// One organisation on the admins' review page: its profile as the public will see it once approved (a waiting
// identity change applied), the identity change field by field, and since when it waits.

/** new: registered, not yet public; changes: approved, with an identity change or a description to look at. */
export type OrganisationReviewStage = "new" | "changes" | "none";

export type OrganisationReview = {
  id: string;
  stage: OrganisationReviewStage;
  waitingSince: Date | null;
  registeredBy: string[];
  preview: Omit<OrganisationProfile, "isClaimable">;
  identityChanges: IdentityChangeRow[];
  descriptionChanged: boolean;
};

const languagesSchema = z.array(z.string()).catch([]);

export async function getOrganisationReview(
  actor: Actor | null,
  organisationId: string,
): Promise<OrganisationReview | null> {
  assertCan(actor, "review:decide");
  const row = await prisma.organisation.findUnique({
    where: { id: organisationId },
    select: {
      ...identitySelect,
      id: true,
      slug: true,
      kind: true,
      description: true,
      contactName: true,
      languagesJson: true,
      status: true,
      verifiedAt: true,
      isDemo: true,
      createdAt: true,
      pendingIdentityJson: true,
      pendingIdentitySince: true,
      secondLookSince: true,
      memberships: { select: { user: { select: { email: true } } } },
    },
  });
  if (!row) return null;
  const pending = row.status === "approved" ? parsePendingIdentity(row.pendingIdentityJson) : null;
  const stage: OrganisationReviewStage =
    row.status === "pending"
      ? "new"
      : row.status === "approved" && (pending !== null || row.secondLookSince !== null)
        ? "changes"
        : "none";
  const shown = pending ?? row;
  const municipality = await prisma.municipality.findUniqueOrThrow({
    where: { id: shown.municipalityId },
    select: { slug: true, name: true },
  });
  const waitingSince =
    stage === "new"
      ? row.createdAt
      : ([row.pendingIdentitySince, row.secondLookSince]
          .filter((date): date is Date => date !== null)
          .sort((a, b) => a.getTime() - b.getTime())[0] ?? null);
  return {
    id: row.id,
    stage,
    waitingSince,
    registeredBy: row.memberships.map((m) => m.user.email),
    preview: {
      id: row.id,
      slug: row.slug,
      name: shown.name,
      kind: row.kind,
      description: row.description,
      contactName: row.contactName,
      street: shown.street,
      postcode: shown.postcode,
      municipality,
      website: shown.website,
      email: shown.email,
      phone: shown.phone,
      languages: languagesSchema.parse(JSON.parse(row.languagesJson)),
      // A new organisation is verified by the approval this page is for: the preview shows it as it will be.
      isVerified: row.verifiedAt !== null || stage === "new",
      isDemo: row.isDemo,
    },
    identityChanges: pending ? identityChangeRows(row, row.pendingIdentityJson, await municipalityNamesById()) : [],
    descriptionChanged: stage === "changes" && row.secondLookSince !== null,
  };
}
