import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { cancelInTransaction, mailPromotions, type Promotion } from "@/lib/events/registration";
import { maskAddress } from "@/lib/mail/mask-address";
import { sendLocalizedMail } from "@/lib/mail/send-localized-mail";
import { DAY_MS } from "@/lib/offers/freshness";
import { getRegion } from "@/lib/region/region";
import { DomainError, parseInput } from "@/lib/result";
import { createSignedToken, verifySignedToken } from "@/lib/tokens/signed-token";
import { AccountDeletionInputSchema, EmailChangeInputSchema } from "@/lib/account/schemas";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The person's own account: change the e-mail address (confirmed from the new address) and delete the account.

export const EMAIL_CHANGE_VALID_HOURS = 24;
const EMAIL_CHANGE = "email-change";

/** Address-change requests per account and day: each one mails an address the person typed. */
export const EMAIL_CHANGE_REQUESTS_PER_DAY = 5;
const EMAIL_CHANGE_REQUESTED = "account.email-change-requested";

/**
 * Mails a confirmation link to the new address; nothing changes until it is used. The answer is the same
 * whether or not the new address already has an account (the page must not tell who is registered): such an
 * address gets a notice instead of a link, in words of ours only.
 */
export async function requestEmailChange(actor: Actor | null, raw: unknown): Promise<void> {
  assertCan(actor, "account:manage");
  const { email } = parseInput(EmailChangeInputSchema, raw);
  if (email === actor.email) throw new DomainError("invalid_input", "invalidInput", { email: [{ key: "sameEmail" }] });
  const { locale, emailChangedAt, taken } = await prisma.$transaction(async (tx) => {
    const since = new Date(Date.now() - DAY_MS);
    const recent = await tx.auditEvent.count({
      where: { actorId: actor.userId, action: EMAIL_CHANGE_REQUESTED, createdAt: { gte: since } },
    });
    if (recent >= EMAIL_CHANGE_REQUESTS_PER_DAY) throw new DomainError("rate_limited", "tooManyEmailChanges");
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: EMAIL_CHANGE_REQUESTED,
      entityType: "account",
      entityId: actor.userId,
      organisationId: null,
      summary: "Änderung der E-Mail-Adresse angefordert",
    });
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { locale: true, emailChangedAt: true },
    });
    const taken = (await tx.user.findUnique({ where: { email }, select: { id: true } })) !== null;
    return { ...user, taken };
  });
  if (taken) {
    await sendLocalizedMail([{ email, locale }], (t) => ({
      subject: t("emailChangeTaken.subject"),
      text: t("emailChangeTaken.text", { url: `${env.PUBLIC_URL}/${locale}/anmelden` }),
    }));
    return;
  }
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
  const result = await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, emailChangedAt: true, locale: true, previousEmailsJson: true },
    });
    if (!user) return { outcome: "invalid" as const };
    if ((user.emailChangedAt?.toISOString() ?? null) !== changedAt) return { outcome: "used" as const };
    if (user.email !== from) return { outcome: "invalid" as const };
    if (await tx.user.findUnique({ where: { email: to }, select: { id: true } })) return { outcome: "taken" as const };
    const now = new Date();
    // The old address is remembered only so that deleting the account can also remove what still names it.
    const previousEmails = [...new Set([...parsePreviousEmails(user.previousEmailsJson), from])];
    await tx.user.update({
      where: { id: userId },
      data: { email: to, emailVerified: now, emailChangedAt: now, previousEmailsJson: JSON.stringify(previousEmails) },
    });
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
    return { outcome: "done" as const, locale: user.locale };
  });
  // The old address hears of it, so a change made from a stolen session does not go unnoticed.
  if (result.outcome === "done")
    await sendLocalizedMail([{ email: from, locale: result.locale }], (t) => ({
      subject: t("emailChanged.subject"),
      text: t("emailChanged.text", { address: maskAddress(to), contact: getRegion().contactEmail }),
    }));
  return result.outcome;
}

const PreviousEmailsSchema = z.array(z.string());

/** The account's earlier addresses; a damaged list counts as empty rather than breaking a change. */
export function parsePreviousEmails(json: string): string[] {
  try {
    return PreviousEmailsSchema.safeParse(JSON.parse(json)).data ?? [];
  } catch {
    return [];
  }
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
    const { previousEmailsJson } = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { previousEmailsJson: true },
    });
    await eraseAddresses(tx, [actor.email, ...parsePreviousEmails(previousEmailsJson)]);
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

/**
 * What still names the person's addresses (the current one and every earlier one) once the account is gone.
 * The trail keeps what happened, not who: an address disappears from the audit summaries that named it, and
 * from development mails, as a whole address only (deleting na@example.org must not touch
 * johanna@example.org). Invitations to it, sign-in tokens for it and development mails to it are deleted;
 * accessibility feedback keeps the barrier it reports, without the address to answer.
 */
async function eraseAddresses(tx: Prisma.TransactionClient, emails: string[]): Promise<void> {
  const addresses = [...new Set(emails.map((email) => email.toLowerCase()))];
  for (const email of addresses) {
    const address = new RegExp(`(?<![\\w.%+-])${escapeRegExp(email)}(?![\\w-]|\\.\\w)`, "gi");
    const naming = await tx.auditEvent.findMany({
      where: { summary: { contains: email } },
      select: { id: true, summary: true },
    });
    for (const event of naming) {
      const summary = event.summary.replace(address, "[gelöschtes Konto]");
      if (summary !== event.summary) await tx.auditEvent.update({ where: { id: event.id }, data: { summary } });
    }
    // SQLite's LIKE (contains) ignores ASCII case, like the pattern; the pattern then keeps only whole addresses.
    const mails = await tx.devMail.findMany({
      where: { OR: [{ to: { contains: email } }, { text: { contains: email } }, { html: { contains: email } }] },
      select: { id: true, to: true, text: true, html: true },
    });
    const mentioning = mails.filter((mail) =>
      [mail.to, mail.text, mail.html ?? ""].some((text) => text.search(address) !== -1),
    );
    await tx.devMail.deleteMany({ where: { id: { in: mentioning.map((mail) => mail.id) } } });
  }
  await tx.invitation.deleteMany({ where: { email: { in: addresses } } });
  await tx.verificationToken.deleteMany({ where: { identifier: { in: addresses } } });
  await tx.accessibilityFeedback.updateMany({ where: { email: { in: addresses } }, data: { email: null } });
}
