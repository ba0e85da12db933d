import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { organisationKinds } from "@/lib/organisations/organisation-kinds";
import { slugSchema } from "@/lib/validation/fields";

// The admins' queue: new organisations, claims, first publications, second looks at edits, and organisations
// whose last owner left. Filters come from the query string; a malformed one is ignored, not an error.

export const reviewSections = ["organisations", "claims", "offers", "secondLooks", "ownerless"] as const;
export type ReviewSection = (typeof reviewSections)[number];

export const ReviewFilterSchema = z.object({
  section: z.enum(reviewSections).optional().catch(undefined),
  municipality: slugSchema.optional().catch(undefined),
  kind: z.enum(organisationKinds).optional().catch(undefined),
});
export type ReviewFilter = z.infer<typeof ReviewFilterSchema>;

export async function countOpenReviews(): Promise<number> {
  const [organisations, claims, offers, secondLooks, ownerless] = await Promise.all([
    prisma.organisation.count({ where: { status: "pending" } }),
    prisma.organisationClaim.count({ where: { status: "pending" } }),
    prisma.offer.count({ where: { status: "in_review" } }),
    prisma.offer.count({ where: { secondLookSince: { not: null } } }),
    prisma.organisation.count({ where: { ownerlessSince: { not: null } } }),
  ]);
  return organisations + claims + offers + secondLooks + ownerless;
}

const organisationSummary = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  status: true,
  createdAt: true,
  municipality: { select: { name: true } },
} as const;

export async function getReviewQueue(actor: Actor, filter: ReviewFilter) {
  assertCan(actor, "review:decide");
  const organisationWhere = {
    ...(filter.municipality ? { municipality: { slug: filter.municipality } } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
  };
  const wants = (section: ReviewSection) => !filter.section || filter.section === section;
  const offerSelect = {
    id: true,
    slug: true,
    title: true,
    summary: true,
    submittedAt: true,
    secondLookSince: true,
    organisation: { select: { name: true, slug: true, status: true } },
  } as const;
  const [organisations, claims, offers, secondLooks, ownerless] = await Promise.all([
    wants("organisations")
      ? prisma.organisation.findMany({
          where: { status: "pending", ...organisationWhere },
          select: {
            ...organisationSummary,
            email: true,
            website: true,
            memberships: { select: { user: { select: { email: true } } } },
          },
          orderBy: { createdAt: "asc" },
        })
      : [],
    wants("claims")
      ? prisma.organisationClaim.findMany({
          where: { status: "pending", organisation: organisationWhere },
          select: {
            id: true,
            message: true,
            createdAt: true,
            user: { select: { email: true } },
            organisation: { select: organisationSummary },
          },
          orderBy: { createdAt: "asc" },
        })
      : [],
    wants("offers")
      ? prisma.offer.findMany({
          where: { status: "in_review", organisation: organisationWhere },
          select: offerSelect,
          orderBy: { submittedAt: "asc" },
        })
      : [],
    wants("secondLooks")
      ? prisma.offer.findMany({
          where: { secondLookSince: { not: null }, organisation: organisationWhere },
          select: offerSelect,
          orderBy: { secondLookSince: "asc" },
        })
      : [],
    wants("ownerless")
      ? prisma.organisation.findMany({
          where: { ownerlessSince: { not: null }, ...organisationWhere },
          select: { ...organisationSummary, ownerlessSince: true },
          orderBy: { ownerlessSince: "asc" },
        })
      : [],
  ]);
  return { organisations, claims, offers, secondLooks, ownerless };
}
export type ReviewQueue = Awaited<ReturnType<typeof getReviewQueue>>;
