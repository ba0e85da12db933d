import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { sendLocalizedMail } from "@/lib/mail/send-localized-mail";
import { listOrganisationRecipients } from "@/lib/organisations/recipients";
import {
  ClaimInputSchema,
  OrganisationInputSchema,
  RejectionInputSchema,
  type OrganisationInput,
} from "@/lib/organisations/schemas";
import { identitySelect, saveApprovedProfile, type IdentityField } from "@/lib/organisations/identity-review";
import { assertPlaceFits } from "@/lib/region/place-checks";
import { DomainError, parseInput } from "@/lib/result";
import { enqueueOrganisationOffersIndexing } from "@/lib/search/outbox";
import { notifyOutboxChanged } from "@/lib/search/get-offer-search-index";
import { uniqueSlug } from "@/lib/validation/unique-slug";

// Organisations: register (waits for an admin), edit, claim, and the admin's decisions. Each function reads:
// parse → load → authorise → check rules → write with audit (and outbox) in one transaction → mail → return.

async function municipalityIdOf(slug: string): Promise<string> {
  const row = await prisma.municipality.findUnique({ where: { slug }, select: { id: true } });
  if (!row) throw new DomainError("invalid_input", "invalidInput", { municipality: [{ key: "choose" }] });
  return row.id;
}

/** The organisation row a validated profile is stored as; the import writes the same (lib/import). */
export function profileData(input: OrganisationInput, municipalityId: string) {
  return {
    name: input.name,
    kind: input.kind,
    municipalityId,
    street: input.street ?? null,
    postcode: input.postcode ?? null,
    contactName: input.contactName ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    website: input.website ?? null,
    description: input.description ?? "",
    languagesJson: JSON.stringify([...new Set(input.languages)]),
    lat: input.lat ?? null,
    lng: input.lng ?? null,
  };
}

/** Registers an organisation with the actor as its owner; it stays invisible until an admin approves it. */
export async function registerOrganisation(actor: Actor | null, raw: unknown): Promise<{ slug: string }> {
  assertCan(actor, "organisation:register");
  const input = parseInput(OrganisationInputSchema, raw);
  assertPlaceFits(input);
  const municipalityId = await municipalityIdOf(input.municipality);
  const slug = await uniqueSlug(input.name, async (candidate) =>
    Boolean(await prisma.organisation.findUnique({ where: { slug: candidate }, select: { id: true } })),
  );
  await prisma.$transaction(async (tx) => {
    const organisation = await tx.organisation.create({
      data: { ...profileData(input, municipalityId), slug, status: "pending" },
      select: { id: true },
    });
    await tx.membership.create({ data: { userId: actor.userId, organisationId: organisation.id, role: "owner" } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "organisation.registered",
      entityType: "organisation",
      entityId: organisation.id,
      organisationId: organisation.id,
      summary: `Organisation „${input.name}“ registriert; wartet auf Freigabe`,
    });
  });
  return { slug };
}

async function loadOrganisation(organisationId: string) {
  const organisation = await prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, name: true, status: true, slug: true },
  });
  if (!organisation) throw new DomainError("not_found", "notFound");
  return organisation;
}

/**
 * Saves the profile; the organisation's published offers are re-indexed (their documents carry its name). Once
 * approved, name, website, e-mail and address wait for an admin (lib/organisations/identity-review.ts).
 * Returns the fields that wait.
 */
export async function updateOrganisation(
  actor: Actor | null,
  organisationId: string,
  raw: unknown,
): Promise<{ waitingForReview: IdentityField[] }> {
  const organisation = await loadOrganisation(organisationId);
  assertCan(actor, "organisation:edit", organisation.id);
  const input = parseInput(OrganisationInputSchema, raw);
  assertPlaceFits(input);
  const municipalityId = await municipalityIdOf(input.municipality);
  const data = profileData(input, municipalityId);
  const waitingForReview = await prisma.$transaction(async (tx) => {
    const current = await tx.organisation.findUniqueOrThrow({
      where: { id: organisation.id },
      select: { id: true, status: true, description: true, pendingIdentitySince: true, ...identitySelect },
    });
    const waiting =
      current.status === "approved"
        ? await saveApprovedProfile(tx, current, data, new Date())
        : (await tx.organisation.update({ where: { id: organisation.id }, data }), []);
    await enqueueOrganisationOffersIndexing(tx, organisation.id);
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "organisation.updated",
      entityType: "organisation",
      entityId: organisation.id,
      organisationId: organisation.id,
      summary:
        `Profil von „${organisation.name}“ geändert` +
        (waiting.length > 0 ? `; wartet auf Freigabe: ${waiting.join(", ")}` : ""),
    });
    return waiting;
  });
  notifyOutboxChanged();
  return { waitingForReview };
}

/** Asks to take over an organisation nobody manages yet. */
export async function requestClaim(actor: Actor | null, organisationId: string, raw: unknown): Promise<void> {
  assertCan(actor, "organisation:claim");
  const input = parseInput(ClaimInputSchema, raw);
  const organisation = await prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, name: true, status: true, _count: { select: { memberships: true } } },
  });
  if (!organisation || organisation.status !== "approved") throw new DomainError("not_found", "notFound");
  if (organisation._count.memberships > 0) throw new DomainError("conflict", "alreadyClaimed");
  const pending = await prisma.organisationClaim.findFirst({
    where: { organisationId, userId: actor.userId, status: "pending" },
    select: { id: true },
  });
  if (pending) throw new DomainError("conflict", "claimPending");
  await prisma.$transaction(async (tx) => {
    const claim = await tx.organisationClaim.create({
      data: { organisationId, userId: actor.userId, message: input.message ?? "" },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "claim.requested",
      entityType: "claim",
      entityId: claim.id,
      organisationId,
      summary: `Übernahme von „${organisation.name}“ beantragt`,
    });
  });
}

/** Admin: approves a pending claim, making the claimant the owner; other pending claims are rejected. */
export async function approveClaim(actor: Actor | null, claimId: string): Promise<void> {
  assertCan(actor, "review:decide");
  const claim = await prisma.organisationClaim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      status: true,
      organisationId: true,
      organisation: { select: { name: true, slug: true } },
      user: { select: { id: true, email: true, locale: true } },
    },
  });
  if (!claim) throw new DomainError("not_found", "notFound");
  if (claim.status !== "pending") throw new DomainError("conflict", "alreadyDecided");
  await prisma.$transaction(async (tx) => {
    if ((await tx.membership.count({ where: { organisationId: claim.organisationId } })) > 0)
      throw new DomainError("conflict", "alreadyClaimed");
    await tx.organisationClaim.update({ where: { id: claim.id }, data: { status: "approved", decidedAt: new Date() } });
    await tx.organisationClaim.updateMany({
      where: { organisationId: claim.organisationId, status: "pending" },
      data: { status: "rejected", decidedAt: new Date() },
    });
    await tx.membership.create({
      data: { userId: claim.user.id, organisationId: claim.organisationId, role: "owner" },
    });
    await tx.organisation.update({ where: { id: claim.organisationId }, data: { ownerlessSince: null } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "claim.approved",
      entityType: "claim",
      entityId: claim.id,
      organisationId: claim.organisationId,
      summary: `Übernahme von „${claim.organisation.name}“ durch ${claim.user.email} freigegeben`,
    });
  });
  await sendLocalizedMail([claim.user], (t) => ({
    subject: t("claimApproved.subject", { organisation: claim.organisation.name }),
    text: t("claimApproved.text", {
      organisation: claim.organisation.name,
      url: `${env.PUBLIC_URL}/${claim.user.locale}/dashboard`,
    }),
  }));
}

/** Admin: rejects a pending claim with a reason that is mailed to the claimant. */
export async function rejectClaim(actor: Actor | null, claimId: string, raw: unknown): Promise<void> {
  assertCan(actor, "review:decide");
  const { reason } = parseInput(RejectionInputSchema, raw);
  const claim = await prisma.organisationClaim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      status: true,
      organisationId: true,
      organisation: { select: { name: true } },
      user: { select: { email: true, locale: true } },
    },
  });
  if (!claim) throw new DomainError("not_found", "notFound");
  if (claim.status !== "pending") throw new DomainError("conflict", "alreadyDecided");
  await prisma.$transaction(async (tx) => {
    await tx.organisationClaim.update({ where: { id: claim.id }, data: { status: "rejected", decidedAt: new Date() } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "claim.rejected",
      entityType: "claim",
      entityId: claim.id,
      organisationId: claim.organisationId,
      summary: `Übernahme von „${claim.organisation.name}“ abgelehnt: ${reason}`,
    });
  });
  await sendLocalizedMail([claim.user], (t) => ({
    subject: t("claimRejected.subject", { organisation: claim.organisation.name }),
    text: t("claimRejected.text", { organisation: claim.organisation.name, reason }),
  }));
}

/** Admin: approves a registered organisation; it becomes public and verified. */
export async function approveOrganisation(actor: Actor | null, organisationId: string): Promise<void> {
  assertCan(actor, "review:decide");
  const organisation = await loadOrganisation(organisationId);
  if (organisation.status === "approved") throw new DomainError("conflict", "alreadyDecided");
  await prisma.$transaction(async (tx) => {
    await tx.organisation.update({
      where: { id: organisation.id },
      data: { status: "approved", verifiedAt: new Date(), rejectionReason: null },
    });
    await enqueueOrganisationOffersIndexing(tx, organisation.id);
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "organisation.approved",
      entityType: "organisation",
      entityId: organisation.id,
      organisationId: organisation.id,
      summary: `Organisation „${organisation.name}“ freigegeben`,
    });
  });
  notifyOutboxChanged();
  const recipients = await listOrganisationRecipients(organisation.id);
  await sendLocalizedMail(recipients, (t, recipient) => ({
    subject: t("organisationApproved.subject", { organisation: organisation.name }),
    text: t("organisationApproved.text", {
      organisation: organisation.name,
      url: `${env.PUBLIC_URL}/${recipient.locale}/dashboard`,
    }),
  }));
}

/** Admin: rejects a registered organisation with a reason that is mailed to its members. */
export async function rejectOrganisation(actor: Actor | null, organisationId: string, raw: unknown): Promise<void> {
  assertCan(actor, "review:decide");
  const { reason } = parseInput(RejectionInputSchema, raw);
  const organisation = await loadOrganisation(organisationId);
  if (organisation.status !== "pending") throw new DomainError("conflict", "alreadyDecided");
  await prisma.$transaction(async (tx) => {
    await tx.organisation.update({
      where: { id: organisation.id },
      data: { status: "rejected", rejectionReason: reason },
    });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "organisation.rejected",
      entityType: "organisation",
      entityId: organisation.id,
      organisationId: organisation.id,
      summary: `Organisation „${organisation.name}“ abgelehnt: ${reason}`,
    });
  });
  const recipients = await listOrganisationRecipients(organisation.id);
  await sendLocalizedMail(recipients, (t) => ({
    subject: t("organisationRejected.subject", { organisation: organisation.name }),
    text: t("organisationRejected.text", { organisation: organisation.name, reason }),
  }));
}
