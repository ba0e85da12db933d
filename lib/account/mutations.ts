import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { cancelInTransaction, mailPromotions, type Promotion } from "@/lib/events/registration";
import { sendLocalizedMail } from "@/lib/mail/send-localized-mail";
import { DomainError, parseInput } from "@/lib/result";
import { createSignedToken, verifySignedToken } from "@/lib/tokens/signed-token";
import { AccountDeletionInputSchema, EmailChangeInputSchema } from "@/lib/account/schemas";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The person's own account: change the e-mail address (confirmed from the new address) and delete the account.

export const EMAIL_CHANGE_VALID_HOURS = 24;
const EMAIL_CHANGE = "email-change";

/** Mails a confirmation link to the new address; nothing changes until it is used. */
export async function requestEmailChange(actor: Actor | null, raw: unknown): Promise<void> {
  assertCan(actor, "account:manage");
  const { email } = parseInput(EmailChangeInputSchema, raw);
  if (email === actor.email) throw new DomainError("invalid_input", "invalidInput", { email: [{ key: "sameEmail" }] });
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } }))
    throw new DomainError("invalid_input", "invalidInput", { email: [{ key: "emailTaken" }] });
  const { locale, emailChangedAt } = await prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { locale: true, emailChangedAt: true },
  });
  const token = createSignedToken(
    EMAIL_CHANGE,
    { userId: actor.userId, from: actor.email, to: email, changedAt: emailChangedAt?.toISOString() ?? null },
    new Date(Date.now() + EMAIL_CHANGE_VALID_HOURS * 3_600_000),
  );
  await sendLocalizedMail([{ email, locale }], (t) => ({
    subject: t("emailChange.subject"),
    text: t("emailChange.text", {
      url: `${env.PUBLIC_URL}/${locale}/konto/email-bestaetigen?token=${encodeURIComponent(token)}`,
      hours: EMAIL_CHANGE_VALID_HOURS,
    }),
  }));
}

const EmailChangePayload = z.object({
  userId: z.string(),
  from: z.string(),
  to: z.string(),
  changedAt: z.string().nullable(),
});

/**
 * Applies a confirmed address change. The link carries the address it was requested for and the time of the
 * account's last address change, so it works once: afterwards the stamp differs, also when the address has
 * been changed back in between (A→B→A must not let the first link switch to B again).
 */
export async function confirmEmailChange(token: unknown): Promise<"done" | "used" | "expired" | "invalid" | "taken"> {
  const check = verifySignedToken(EMAIL_CHANGE, token, (value) => EmailChangePayload.safeParse(value).data ?? null);
  if (!check.ok) return check.reason === "expired" ? "expired" : "invalid";
  const { userId, from, to, changedAt } = check.payload;
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, emailChangedAt: true } });
    if (!user) return "invalid";
    if ((user.emailChangedAt?.toISOString() ?? null) !== changedAt) return "used";
    if (user.email !== from) return "invalid";
    if (await tx.user.findUnique({ where: { email: to }, select: { id: true } })) return "taken";
    const now = new Date();
    await tx.user.update({ where: { id: userId }, data: { email: to, emailVerified: now, emailChangedAt: now } });
    // Sessions started under the old address end; the person signs in with the new one.
    await tx.session.deleteMany({ where: { userId } });
    await recordAuditEvent(tx, {
      actorId: userId,
      action: "account.email-changed",
      entityType: "account",
      entityId: userId,
      organisationId: null,
      summary: "E-Mail-Adresse geändert",
    });
    return "done";
  });
}

/**
 * Deletes the account and everything that belongs only to it. Organisations whose only owner this was are
 * kept and flagged for the admins (ownerlessSince); their offers stay online.
 */
export async function deleteAccount(actor: Actor | null, raw: unknown): Promise<{ flaggedOrganisations: number }> {
  assertCan(actor, "account:manage");
  const { confirmation } = parseInput(AccountDeletionInputSchema, raw);
  if (confirmation !== actor.email.toLowerCase())
    throw new DomainError("invalid_input", "invalidInput", { confirmation: [{ key: "confirmEmail" }] });
  const { flaggedOrganisations, promotions } = await prisma.$transaction(async (tx) => {
    const owned = await tx.membership.findMany({
      where: { userId: actor.userId, role: "owner" },
      select: { organisationId: true, organisation: { select: { name: true } } },
    });
    let flaggedOrganisations = 0;
    for (const { organisationId, organisation } of owned) {
      const otherOwners = await tx.membership.count({
        where: { organisationId, role: "owner", userId: { not: actor.userId } },
      });
      if (otherOwners > 0) continue;
      flaggedOrganisations++;
      await tx.organisation.update({ where: { id: organisationId }, data: { ownerlessSince: new Date() } });
      await recordAuditEvent(tx, {
        actorId: null,
        action: "organisation.owner-deleted",
        entityType: "organisation",
        entityId: organisationId,
        organisationId,
        summary: `Die einzige Inhaberin/der einzige Inhaber von „${organisation.name}“ hat das Konto gelöscht`,
      });
    }
    // The trail keeps what happened, not who: the address disappears from the summaries that named it, as a
    // whole address only (deleting na@example.org must not touch johanna@example.org).
    const naming = await tx.auditEvent.findMany({
      where: { summary: { contains: actor.email } },
      select: { id: true, summary: true },
    });
    const address = new RegExp(`(?<![\\w.%+-])${escapeRegExp(actor.email)}(?![\\w-]|\\.\\w)`, "gi");
    for (const event of naming) {
      const summary = event.summary.replace(address, "[gelöschtes Konto]");
      if (summary !== event.summary) await tx.auditEvent.update({ where: { id: event.id }, data: { summary } });
    }
    await tx.invitation.deleteMany({ where: { email: actor.email } });
    // Places the person held go to the waiting lists before the registrations disappear with the account.
    const registrations = await tx.registration.findMany({
      where: { userId: actor.userId, status: { not: "cancelled" } },
      select: { id: true },
    });
    const promotions: Promotion[] = [];
    for (const { id } of registrations) promotions.push(...(await cancelInTransaction(tx, id, null)));
    await tx.user.delete({ where: { id: actor.userId } });
    return { flaggedOrganisations, promotions };
  });
  await mailPromotions(promotions);
  return { flaggedOrganisations };
}
