import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { sendLocalizedMail } from "@/lib/mail/send-localized-mail";
import { listOrganisationRecipients } from "@/lib/organisations/recipients";
import { RejectionInputSchema } from "@/lib/organisations/schemas";
import { DomainError, parseInput } from "@/lib/result";
import { enqueueOrganisationOffersIndexing } from "@/lib/search/outbox";
import { notifyOutboxChanged } from "@/lib/search/get-offer-search-index";

// What makes an organisation the one the admins verified: its name, where it is and how it is reached (website,
// e-mail, phone: a swapped number is as good for fraud as a swapped address). Once it is approved, a change to
// any of these waits for an admin (pendingIdentityJson) while the public keeps seeing
// the approved values and the verified badge stays earned. Everything else goes live at once; a changed
// description is flagged for a second look, like the text of a published offer.

export const identityFields = [
  "name",
  "website",
  "email",
  "phone",
  "street",
  "postcode",
  "municipalityId",
  "lat",
  "lng",
] as const;
export type IdentityField = (typeof identityFields)[number];

/** The Prisma select of the identity columns. */
export const identitySelect = Object.fromEntries(identityFields.map((field) => [field, true])) as Record<
  IdentityField,
  true
>;

const IdentitySchema = z.object({
  name: z.string(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  municipalityId: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
});
export type Identity = z.infer<typeof IdentitySchema>;

export function identityOf(row: Identity): Identity {
  return Object.fromEntries(identityFields.map((field) => [field, row[field]])) as Identity;
}

/** The waiting change; a damaged value counts as none rather than breaking the profile. */
export function parsePendingIdentity(json: string | null): Identity | null {
  if (!json) return null;
  try {
    return IdentitySchema.safeParse(JSON.parse(json)).data ?? null;
  } catch {
    return null;
  }
}

export function changedIdentityFields(current: Identity, proposed: Identity): IdentityField[] {
  return identityFields.filter((field) => current[field] !== proposed[field]);
}

type Tx = Prisma.TransactionClient;

/**
 * Splits a profile save of an approved organisation: identity changes wait (or, when the form matches the
 * approved values again, a waiting change is withdrawn); the rest is written. Returns what waits.
 */
export async function saveApprovedProfile(
  tx: Tx,
  organisation: { id: string; description: string; pendingIdentitySince: Date | null } & Identity,
  data: Identity & Record<string, unknown>,
  now: Date,
): Promise<IdentityField[]> {
  const proposed = identityOf(data);
  const waiting = changedIdentityFields(identityOf(organisation), proposed);
  const rest = Object.fromEntries(
    Object.entries(data).filter(([field]) => !identityFields.includes(field as IdentityField)),
  );
  await tx.organisation.update({
    where: { id: organisation.id },
    data: {
      ...rest,
      pendingIdentityJson: waiting.length > 0 ? JSON.stringify(proposed) : null,
      pendingIdentitySince: waiting.length > 0 ? (organisation.pendingIdentitySince ?? now) : null,
      ...(data.description !== organisation.description ? { secondLookSince: now } : {}),
    },
  });
  return waiting;
}

async function loadPending(organisationId: string) {
  const organisation = await prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, name: true, pendingIdentityJson: true },
  });
  if (!organisation) throw new DomainError("not_found", "notFound");
  const pending = parsePendingIdentity(organisation.pendingIdentityJson);
  if (!pending) throw new DomainError("conflict", "alreadyDecided");
  return { ...organisation, pending };
}

/** Admin: the waiting name, website, e-mail or address become the public ones. */
export async function approveIdentityChange(actor: Actor | null, organisationId: string): Promise<void> {
  assertCan(actor, "review:decide");
  const organisation = await loadPending(organisationId);
  await prisma.$transaction(async (tx) => {
    // Only the change the admin saw: an edit saved in between is a new decision.
    const { count } = await tx.organisation.updateMany({
      where: { id: organisation.id, pendingIdentityJson: organisation.pendingIdentityJson },
      data: { ...organisation.pending, pendingIdentityJson: null, pendingIdentitySince: null },
    });
    if (count === 0) throw new DomainError("conflict", "alreadyDecided");
    await enqueueOrganisationOffersIndexing(tx, organisation.id);
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "organisation.identity-approved",
      entityType: "organisation",
      entityId: organisation.id,
      organisationId: organisation.id,
      summary: `Änderung von Name, Adresse oder Kontakt von „${organisation.name}“ freigegeben`,
    });
  });
  notifyOutboxChanged();
  const recipients = await listOrganisationRecipients(organisation.id);
  await sendLocalizedMail(recipients, (t, recipient) => ({
    subject: t("identityApproved.subject", { organisation: organisation.pending.name }),
    text: t("identityApproved.text", {
      organisation: organisation.pending.name,
      url: `${env.PUBLIC_URL}/${recipient.locale}/dashboard`,
    }),
  }));
}

/** Admin: the waiting change is dropped with a reason that is mailed to the members; the approved values stay. */
export async function rejectIdentityChange(actor: Actor | null, organisationId: string, raw: unknown): Promise<void> {
  assertCan(actor, "review:decide");
  const { reason } = parseInput(RejectionInputSchema, raw);
  const organisation = await loadPending(organisationId);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.organisation.updateMany({
      where: { id: organisation.id, pendingIdentityJson: organisation.pendingIdentityJson },
      data: { pendingIdentityJson: null, pendingIdentitySince: null },
    });
    if (count === 0) throw new DomainError("conflict", "alreadyDecided");
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "organisation.identity-rejected",
      entityType: "organisation",
      entityId: organisation.id,
      organisationId: organisation.id,
      summary: `Änderung von Name, Adresse oder Kontakt von „${organisation.name}“ abgelehnt: ${reason}`,
    });
  });
  const recipients = await listOrganisationRecipients(organisation.id);
  await sendLocalizedMail(recipients, (t) => ({
    subject: t("identityRejected.subject", { organisation: organisation.name }),
    text: t("identityRejected.text", { organisation: organisation.name, reason }),
  }));
}

/** Admin: the changed description was looked at. */
export async function completeOrganisationSecondLook(actor: Actor | null, organisationId: string): Promise<void> {
  assertCan(actor, "review:decide");
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.organisation.updateMany({
      where: { id: organisationId, secondLookSince: { not: null } },
      data: { secondLookSince: null },
    });
    if (count === 0) throw new DomainError("conflict", "alreadyDecided");
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "organisation.second-look-done",
      entityType: "organisation",
      entityId: organisationId,
      organisationId,
      summary: "Geänderte Beschreibung durchgesehen",
    });
  });
}
