import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AccessibilityFeedbackInputSchema } from "@/lib/feedback/schemas";
import { sendLocalizedMail } from "@/lib/mail/send-localized-mail";
import { RateLimiter } from "@/lib/rate-limit/rate-limiter";
import { getRegion } from "@/lib/region/region";
import { DomainError, parseInput } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";

// Reports of barriers from the accessibility statement (BITV 2.0 § 7). Anyone may send one, signed in or not;
// it becomes a task for the admins and is mailed to them and to the operator's contact address.

const perClient = new RateLimiter(5, 3_600_000);

/**
 * The form mails text from anyone to the admins and the operator. Past this many reports a day (from all
 * clients together, so rotating addresses does not help) they are still kept as tasks but no longer mailed.
 */
export const FEEDBACK_MAILS_PER_DAY = 30;

export async function submitAccessibilityFeedback(raw: unknown, locale: string, clientKey: string): Promise<void> {
  const input = parseInput(AccessibilityFeedbackInputSchema, raw);
  if (!perClient.allow(clientKey)) throw new DomainError("rate_limited", "tooManyFeedbackMessages");
  const { feedback, mailedToday } = await prisma.$transaction(async (tx) => {
    const mailedToday = await tx.accessibilityFeedback.count({
      where: { createdAt: { gte: new Date(Date.now() - 86_400_000) } },
    });
    const feedback = await tx.accessibilityFeedback.create({
      data: { message: input.message, pageUrl: input.pageUrl ?? null, email: input.email ?? null, locale },
      select: { id: true },
    });
    return { feedback, mailedToday };
  });
  if (mailedToday >= FEEDBACK_MAILS_PER_DAY) return;
  const admins = await prisma.user.findMany({ where: { isAdmin: true }, select: { email: true, locale: true } });
  const recipients = [...admins, { email: getRegion().contactEmail, locale: "de" }].filter(
    (recipient, index, all) => all.findIndex((other) => other.email === recipient.email) === index,
  );
  await sendLocalizedMail(recipients, (t, recipient) => ({
    subject: t("accessibilityFeedback.subject"),
    text: t("accessibilityFeedback.text", {
      message: input.message,
      page: input.pageUrl ?? "—",
      email: input.email ?? "—",
      url: `${env.PUBLIC_URL}/${recipient.locale}/verwaltung/rueckmeldungen#${feedback.id}`,
    }),
  }));
}

export async function listOpenAccessibilityFeedback(actor: Actor | null) {
  assertCan(actor, "review:decide");
  return prisma.accessibilityFeedback.findMany({
    where: { status: "open" },
    orderBy: { createdAt: "asc" },
    select: { id: true, message: true, pageUrl: true, email: true, locale: true, createdAt: true },
  });
}

export async function markAccessibilityFeedbackHandled(actor: Actor | null, feedbackId: unknown): Promise<void> {
  assertCan(actor, "review:decide");
  const id = parseInput(recordIdSchema, feedbackId);
  await prisma.$transaction(async (tx) => {
    const updated = await tx.accessibilityFeedback.updateMany({
      where: { id, status: "open" },
      data: { status: "handled", handledAt: new Date() },
    });
    if (updated.count === 0) throw new DomainError("not_found", "notFound");
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "accessibility-feedback.handled",
      entityType: "report",
      entityId: id,
      organisationId: null,
      summary: "Rückmeldung zur Barrierefreiheit erledigt",
    });
  });
}
