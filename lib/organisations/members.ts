import { createHash, randomBytes } from "node:crypto";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { assertRecentSignIn } from "@/lib/auth/session-lifetime";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { sendLocalizedMail } from "@/lib/mail/send-localized-mail";
import { InvitationInputSchema, MemberInputSchema } from "@/lib/organisations/schemas";
import { DomainError, parseInput } from "@/lib/result";

// Members of an organisation: invitations by mail, accept, leave, remove, transfer ownership. The rule that
// holds throughout: an organisation that has an owner keeps at least one.

export const INVITATION_VALID_DAYS = 14;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Each invitation mails an address somebody typed, so there are at most this many a day per inviting person
 * and per organisation: an account cannot become a mail relay.
 */
export const INVITATIONS_PER_DAY = 20;

/**
 * Owner: invites a person by e-mail; the mailed link holds a token whose hash alone is stored. Only approved
 * organisations invite: a freshly registered one could otherwise mail anybody in the county's name.
 */
export async function inviteMember(actor: Actor | null, organisationId: string, raw: unknown): Promise<void> {
  const organisation = await prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { name: true, status: true },
  });
  if (!organisation) throw new DomainError("not_found", "notFound");
  const { name } = organisation;
  assertCan(actor, "members:manage", organisationId);
  assertRecentSignIn(actor); // an invitation hands out a role, like a role change
  if (organisation.status !== "approved") throw new DomainError("forbidden", "organisationNotApproved");
  const input = parseInput(InvitationInputSchema, raw);
  const alreadyMember = await prisma.membership.findFirst({
    where: { organisationId, user: { email: input.email } },
    select: { userId: true },
  });
  if (alreadyMember) throw new DomainError("invalid_input", "invalidInput", { email: [{ key: "alreadyMember" }] });
  const token = randomBytes(32).toString("base64url");
  const inviter = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { locale: true } });
  await prisma.$transaction(async (tx) => {
    const since = new Date(Date.now() - 86_400_000);
    const [byActor, byOrganisation] = await Promise.all([
      tx.invitation.count({ where: { invitedById: actor.userId, createdAt: { gte: since } } }),
      tx.invitation.count({ where: { organisationId, createdAt: { gte: since } } }),
    ]);
    if (byActor >= INVITATIONS_PER_DAY || byOrganisation >= INVITATIONS_PER_DAY)
      throw new DomainError("rate_limited", "tooManyInvitations");
    const invitation = await tx.invitation.create({
      data: {
        organisationId,
        email: input.email,
        role: input.role,
        tokenHash: hashInvitationToken(token),
        expiresAt: new Date(Date.now() + INVITATION_VALID_DAYS * 86_400_000),
        invitedById: actor.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "invitation.sent",
      entityType: "invitation",
      entityId: invitation.id,
      organisationId,
      summary: `${input.email} als ${input.role === "owner" ? "Inhaber·in" : "Redakteur·in"} eingeladen`,
    });
  });
  // The invitee has no account yet, so the mail goes out in the inviter's language.
  await sendLocalizedMail([{ email: input.email, locale: inviter.locale }], (t) => ({
    subject: t("invitation.subject", { organisation: name }),
    text: t("invitation.text", {
      organisation: name,
      url: `${env.PUBLIC_URL}/${inviter.locale}/einladung?token=${token}`,
      days: INVITATION_VALID_DAYS,
    }),
  }));
}

export type InvitationView = { organisationName: string; email: string; role: string };

/** What an invitation link offers, or why it cannot be used. */
export async function checkInvitation(
  token: string,
): Promise<{ ok: true; invitation: InvitationView } | { ok: false; reason: "invalid" | "used" | "expired" }> {
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, organisation: { select: { name: true } } },
  });
  if (!invitation) return { ok: false, reason: "invalid" };
  if (invitation.acceptedAt) return { ok: false, reason: "used" };
  if (invitation.expiresAt < new Date()) return { ok: false, reason: "expired" };
  return {
    ok: true,
    invitation: { organisationName: invitation.organisation.name, email: invitation.email, role: invitation.role },
  };
}

/** Accepts an invitation for the signed-in person, who must use the invited address; single use. */
export async function acceptInvitation(actor: Actor | null, token: string): Promise<{ organisationId: string }> {
  assertCan(actor, "account:manage");
  const tokenHash = hashInvitationToken(token);
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash },
      select: { id: true, organisationId: true, email: true, role: true, expiresAt: true, acceptedAt: true },
    });
    if (!invitation) throw new DomainError("not_found", "invitationInvalid");
    if (invitation.acceptedAt) throw new DomainError("conflict", "invitationUsed");
    if (invitation.expiresAt < new Date()) throw new DomainError("conflict", "invitationExpired");
    if (invitation.email.toLowerCase() !== actor.email.toLowerCase())
      throw new DomainError("forbidden", "invitationOtherAddress");
    // Marks it used first and only if still unused, so two clicks cannot both pass.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (count === 0) throw new DomainError("conflict", "invitationUsed");
    const existing = await tx.membership.findUnique({
      where: { userId_organisationId: { userId: actor.userId, organisationId: invitation.organisationId } },
      select: { role: true },
    });
    if (!existing)
      await tx.membership.create({
        data: { userId: actor.userId, organisationId: invitation.organisationId, role: invitation.role },
      });
    else if (invitation.role === "owner" && existing.role !== "owner")
      await tx.membership.update({
        where: { userId_organisationId: { userId: actor.userId, organisationId: invitation.organisationId } },
        data: { role: "owner" },
      });
    // Only a new owner ends "ownerless"; an editor joining does not.
    if (invitation.role === "owner")
      await tx.organisation.update({ where: { id: invitation.organisationId }, data: { ownerlessSince: null } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "member.joined",
      entityType: "membership",
      entityId: actor.userId,
      organisationId: invitation.organisationId,
      summary: `${actor.email} ist der Einladung gefolgt (${invitation.role})`,
    });
    return { organisationId: invitation.organisationId };
  });
}

async function assertAnotherOwnerRemains(tx: Prisma.TransactionClient, organisationId: string, userId: string) {
  const owners = await tx.membership.count({ where: { organisationId, role: "owner", userId: { not: userId } } });
  if (owners === 0) throw new DomainError("conflict", "lastOwner");
}

async function loadMembership(tx: Prisma.TransactionClient, organisationId: string, userId: string) {
  const membership = await tx.membership.findUnique({
    where: { userId_organisationId: { userId, organisationId } },
    select: { role: true, user: { select: { email: true } } },
  });
  if (!membership) throw new DomainError("not_found", "notFound");
  return membership;
}

/** Owner: removes another member. The last owner cannot be removed. */
export async function removeMember(actor: Actor | null, organisationId: string, raw: unknown): Promise<void> {
  assertCan(actor, "members:manage", organisationId);
  assertRecentSignIn(actor);
  const { userId } = parseInput(MemberInputSchema, raw);
  if (userId === actor.userId) throw new DomainError("conflict", "useLeave");
  await prisma.$transaction(async (tx) => {
    const membership = await loadMembership(tx, organisationId, userId);
    if (membership.role === "owner") await assertAnotherOwnerRemains(tx, organisationId, userId);
    await tx.membership.delete({ where: { userId_organisationId: { userId, organisationId } } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "member.removed",
      entityType: "membership",
      entityId: userId,
      organisationId,
      summary: `${membership.user.email} aus der Organisation entfernt`,
    });
  });
}

/** A member leaves; the last owner must transfer ownership first. */
export async function leaveOrganisation(actor: Actor | null, organisationId: string): Promise<void> {
  assertCan(actor, "members:leave", organisationId);
  await prisma.$transaction(async (tx) => {
    const membership = await loadMembership(tx, organisationId, actor.userId);
    if (membership.role === "owner") await assertAnotherOwnerRemains(tx, organisationId, actor.userId);
    await tx.membership.delete({ where: { userId_organisationId: { userId: actor.userId, organisationId } } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "member.left",
      entityType: "membership",
      entityId: actor.userId,
      organisationId,
      summary: `${actor.email} hat die Organisation verlassen`,
    });
  });
}

/** Owner: makes another member the owner and becomes an editor. */
export async function transferOwnership(actor: Actor | null, organisationId: string, raw: unknown): Promise<void> {
  assertCan(actor, "members:manage", organisationId);
  assertRecentSignIn(actor);
  const { userId } = parseInput(MemberInputSchema, raw);
  if (userId === actor.userId) throw new DomainError("conflict", "alreadyOwner");
  await prisma.$transaction(async (tx) => {
    const target = await loadMembership(tx, organisationId, userId);
    await tx.membership.update({
      where: { userId_organisationId: { userId, organisationId } },
      data: { role: "owner" },
    });
    await tx.membership.updateMany({
      where: { userId: actor.userId, organisationId, role: "owner" },
      data: { role: "editor" },
    });
    await tx.organisation.update({ where: { id: organisationId }, data: { ownerlessSince: null } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "member.ownership-transferred",
      entityType: "membership",
      entityId: userId,
      organisationId,
      summary: `Inhaberschaft an ${target.user.email} übertragen`,
    });
  });
}
