import "server-only";
import { can, type Actor, type OrgRole } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { changedIdentityFields, identityOf, parsePendingIdentity } from "@/lib/organisations/identity-review";
import { effectiveAvailability, isStale } from "@/lib/offers/freshness";
import { type Availability } from "@/lib/offers/availability";
import { DomainError } from "@/lib/result";

// What the dashboard shows. Every query authorises: a person sees only organisations they belong to (admins
// see all), and a slug of another organisation is "not found", not "forbidden", so it reveals nothing.

export type MyOrganisation = {
  id: string;
  slug: string;
  name: string;
  status: string;
  role: OrgRole | "admin";
  offerCount: number;
  staleCount: number;
  inReviewCount: number;
};

export async function listMyOrganisations(actor: Actor, now = new Date()): Promise<MyOrganisation[]> {
  const ids = Object.keys(actor.roleByOrganisationId);
  const rows = await prisma.organisation.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      offers: { where: { status: { not: "archived" } }, select: { status: true, lastConfirmedAt: true } },
    },
    orderBy: { name: "asc" },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status,
    role: actor.roleByOrganisationId[row.id] ?? "admin",
    offerCount: row.offers.length,
    staleCount: row.offers.filter((offer) => offer.status === "published" && isStale(offer.lastConfirmedAt, now))
      .length,
    inReviewCount: row.offers.filter((offer) => offer.status === "in_review").length,
  }));
}

export type DashboardOffer = {
  id: string;
  slug: string;
  title: string;
  status: string;
  lastConfirmedAt: string;
  isStale: boolean;
  availability: Availability;
  availabilitySetAt: string | null;
  hasSecondLook: boolean;
  rejectionReason: string | null;
  translationLocales: string[];
};

export type DashboardMember = { userId: string; email: string; name: string | null; role: string; isMe: boolean };

export type OrganisationDashboard = {
  id: string;
  slug: string;
  name: string;
  status: string;
  rejectionReason: string | null;
  role: OrgRole | "admin";
  canManageMembers: boolean;
  canViewAudit: boolean;
  offers: DashboardOffer[];
  members: DashboardMember[];
  invitations: { id: string; email: string; role: string; expiresAt: string }[];
};

/** The dashboard of one organisation for someone allowed to edit it; `not_found` for everyone else. */
export async function getOrganisationDashboard(
  actor: Actor,
  slug: string,
  now = new Date(),
): Promise<OrganisationDashboard> {
  const row = await prisma.organisation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      rejectionReason: true,
      offers: {
        select: {
          id: true,
          slug: true,
          title: true,
          status: true,
          lastConfirmedAt: true,
          availability: true,
          availabilitySetAt: true,
          secondLookSince: true,
          rejectionReason: true,
          translations: { select: { locale: true } },
        },
        orderBy: [{ status: "asc" }, { title: "asc" }],
      },
      memberships: {
        select: { role: true, user: { select: { id: true, email: true, name: true } } },
        orderBy: { createdAt: "asc" },
      },
      invitations: {
        where: { acceptedAt: null, expiresAt: { gt: now } },
        select: { id: true, email: true, role: true, expiresAt: true },
        orderBy: { createdAt: "desc" },
      },
    },
  });
  if (!row || !can(actor, "organisation:edit", row.id)) throw new DomainError("not_found", "notFound");
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status,
    rejectionReason: row.rejectionReason,
    role: actor.roleByOrganisationId[row.id] ?? "admin",
    canManageMembers: can(actor, "members:manage", row.id),
    canViewAudit: can(actor, "organisation:view-audit", row.id),
    offers: row.offers.map((offer) => ({
      id: offer.id,
      slug: offer.slug,
      title: offer.title,
      status: offer.status,
      lastConfirmedAt: offer.lastConfirmedAt.toISOString(),
      isStale: offer.status === "published" && isStale(offer.lastConfirmedAt, now),
      availability: effectiveAvailability(offer.availability, offer.availabilitySetAt, now),
      availabilitySetAt: offer.availabilitySetAt?.toISOString() ?? null,
      hasSecondLook: offer.secondLookSince !== null,
      rejectionReason: offer.rejectionReason,
      translationLocales: offer.translations.map((translation) => translation.locale).sort(),
    })),
    members: row.memberships.map((membership) => ({
      userId: membership.user.id,
      email: membership.user.email,
      name: membership.user.name,
      role: membership.role,
      isMe: membership.user.id === actor.userId,
    })),
    invitations: row.invitations.map((invitation) => ({
      ...invitation,
      expiresAt: invitation.expiresAt.toISOString(),
    })),
  };
}

/**
 * An organisation's profile as the edit form needs it. A change waiting for review is what the form shows (so
 * saving another field does not withdraw it), with the fields that wait listed apart.
 */
export async function getOrganisationForEdit(actor: Actor, slug: string) {
  const row = await prisma.organisation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      description: true,
      contactName: true,
      street: true,
      postcode: true,
      website: true,
      email: true,
      phone: true,
      languagesJson: true,
      lat: true,
      lng: true,
      municipalityId: true,
      pendingIdentityJson: true,
    },
  });
  if (!row || !can(actor, "organisation:edit", row.id)) throw new DomainError("not_found", "notFound");
  const { municipalityId: _published, languagesJson, pendingIdentityJson, ...published } = row;
  const pending = parsePendingIdentity(pendingIdentityJson);
  const { municipalityId, ...shown } = pending ?? identityOf(row);
  const municipality = await prisma.municipality.findUniqueOrThrow({
    where: { id: municipalityId },
    select: { slug: true },
  });
  return {
    ...published,
    ...shown,
    municipality: municipality.slug,
    languages: JSON.parse(languagesJson) as string[],
    waitingForReview: pending ? changedIdentityFields(identityOf(row), pending) : [],
  };
}
export type OrganisationForEdit = Awaited<ReturnType<typeof getOrganisationForEdit>>;
