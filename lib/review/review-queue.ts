import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import {
  changedIdentityFields,
  identityOf,
  identitySelect,
  parsePendingIdentity,
  type Identity,
  type IdentityField,
} from "@/lib/organisations/identity-review";
import { organisationKinds } from "@/lib/organisations/organisation-kinds";
import { slugSchema } from "@/lib/validation/fields";

// The admins' queue: new organisations, changes to approved ones (identity changes waiting, descriptions to look
// at), claims, first publications, second looks at edits, and organisations whose last owner left. Filters come from the query string; a malformed one is ignored, not an error.

export const reviewSections = [
  "organisations",
  "organisationChanges",
  "claims",
  "offers",
  "secondLooks",
  "ownerless",
] as const;
export type ReviewSection = (typeof reviewSections)[number];

export const ReviewFilterSchema = z.object({
  section: z.enum(reviewSections).optional().catch(undefined),
  municipality: slugSchema.optional().catch(undefined),
  kind: z.enum(organisationKinds).optional().catch(undefined),
});
export type ReviewFilter = z.infer<typeof ReviewFilterSchema>;

export async function countOpenReviews(): Promise<number> {
  const [organisations, organisationChanges, claims, offers, secondLooks, ownerless] = await Promise.all([
    prisma.organisation.count({ where: { status: "pending" } }),
    prisma.organisation.count({ where: organisationChangesWhere }),
    prisma.organisationClaim.count({ where: { status: "pending" } }),
    prisma.offer.count({ where: { status: "in_review" } }),
    prisma.offer.count({ where: { secondLookSince: { not: null } } }),
    prisma.organisation.count({ where: { ownerlessSince: { not: null } } }),
  ]);
  return organisations + organisationChanges + claims + offers + secondLooks + ownerless;
}

const organisationChangesWhere = {
  OR: [{ pendingIdentitySince: { not: null } }, { secondLookSince: { not: null } }],
} satisfies Prisma.OrganisationWhereInput;

/** An approved organisation's waiting identity change as the admin compares it: field, public value, proposed. */
export type IdentityChangeRow = { field: IdentityField; published: string; proposed: string };

export function identityChangeRows(
  current: Identity,
  pendingJson: string | null,
  municipalityNames: ReadonlyMap<string, string>,
): IdentityChangeRow[] {
  const pending = parsePendingIdentity(pendingJson);
  if (!pending) return [];
  const shown = (identity: Identity, field: IdentityField) =>
    field === "municipalityId"
      ? (municipalityNames.get(identity.municipalityId) ?? "")
      : String(identity[field] ?? "—");
  return changedIdentityFields(current, pending).map((field) => ({
    field,
    published: shown(current, field),
    proposed: shown(pending, field),
  }));
}

/** The region's municipalities by id: one query for the whole queue, not one per organisation. */
export async function municipalityNamesById(): Promise<Map<string, string>> {
  const rows = await prisma.municipality.findMany({ select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
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
    updatedAt: true,
    organisation: { select: { name: true, slug: true, status: true } },
  } as const;
  // Every item says since when it waits. An offer sent to review before submittedAt was recorded falls back to
  // its last change, which is when it entered the queue at the latest.
  const withWaitingSince =
    (since: "submittedAt" | "secondLookSince") =>
    <T extends { submittedAt: Date | null; secondLookSince: Date | null; updatedAt: Date }>(rows: T[]) =>
      rows.map(({ submittedAt, secondLookSince, updatedAt, ...offer }) => ({
        ...offer,
        waitingSince: (since === "submittedAt" ? submittedAt : secondLookSince) ?? updatedAt,
      }));
  const [organisations, organisationChanges, claims, offers, secondLooks, ownerless] = await Promise.all([
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
    wants("organisationChanges")
      ? prisma.organisation
          .findMany({
            where: { ...organisationChangesWhere, ...organisationWhere },
            select: {
              ...organisationSummary,
              pendingIdentityJson: true,
              pendingIdentitySince: true,
              secondLookSince: true,
              description: true,
              ...identitySelect,
            },
            orderBy: { updatedAt: "asc" },
          })
          .then(async (rows) => {
            const municipalityNames = rows.length > 0 ? await municipalityNamesById() : new Map<string, string>();
            return rows.map((row) => ({
              id: row.id,
              slug: row.slug,
              name: row.name,
              municipality: row.municipality,
              description: row.description,
              since: [row.pendingIdentitySince, row.secondLookSince]
                .filter((date): date is Date => date !== null)
                .sort((a, b) => a.getTime() - b.getTime())[0]!,
              identityChanges: identityChangeRows(identityOf(row), row.pendingIdentityJson, municipalityNames),
              descriptionChanged: row.secondLookSince !== null,
            }));
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
      ? prisma.offer
          .findMany({
            where: { status: "in_review", organisation: organisationWhere },
            select: offerSelect,
            orderBy: { submittedAt: "asc" },
          })
          .then(withWaitingSince("submittedAt"))
      : [],
    wants("secondLooks")
      ? prisma.offer
          .findMany({
            where: { secondLookSince: { not: null }, organisation: organisationWhere },
            select: offerSelect,
            orderBy: { secondLookSince: "asc" },
          })
          .then(withWaitingSince("secondLookSince"))
      : [],
    wants("ownerless")
      ? prisma.organisation.findMany({
          where: { ownerlessSince: { not: null }, ...organisationWhere },
          select: { ...organisationSummary, ownerlessSince: true },
          orderBy: { ownerlessSince: "asc" },
        })
      : [],
  ]);
  return { organisations, organisationChanges, claims, offers, secondLooks, ownerless };
}
export type ReviewQueue = Awaited<ReturnType<typeof getReviewQueue>>;
