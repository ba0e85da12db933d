import { createHash } from "node:crypto";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AttendeeMessageInputSchema } from "@/lib/events/event-admin-schemas";
import { onRecordWhere } from "@/lib/events/registration-list";
import { isLocale } from "@/lib/i18n/locales";
import { sendLocalizedMail } from "@/lib/mail/send-localized-mail";
import { DomainError, parseInput } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";

// An admin's message to everyone with a confirmed place: one mail per person, framed in their own language
// (the admin's text itself is sent as written). The audit trail records each sending; it is also what refuses
// the same message a second time within a few minutes, so a double click or a resent form mails nobody twice.

export const DUPLICATE_MESSAGE_WINDOW_MS = 10 * 60_000;
const ACTION = "event.message-sent";

/** Sends the message to the event's confirmed attendees; `rate_limited` when the same one just went out. */
export async function sendAttendeeMessage(
  actor: Actor | null,
  eventIdRaw: unknown,
  raw: unknown,
): Promise<{ recipients: number; failed: number }> {
  assertCan(actor, "event:manage");
  const eventId = parseInput(recordIdSchema, eventIdRaw);
  const input = parseInput(AttendeeMessageInputSchema, raw);
  // Identifies the message in the audit summary without repeating its text there.
  const fingerprint = createHash("sha256").update(`${input.subject}\n${input.text}`).digest("hex").slice(0, 16);
  // Check and record in one transaction: the adapter runs transactions one at a time, so two clicks cannot
  // both find no earlier sending.
  const { event, recipients } = await prisma.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { title: true, slug: true } });
    if (!event) throw new DomainError("not_found", "notFound");
    const sameMessage = await tx.auditEvent.findFirst({
      where: {
        entityType: "event",
        entityId: eventId,
        action: ACTION,
        summary: { contains: fingerprint },
        createdAt: { gte: new Date(Date.now() - DUPLICATE_MESSAGE_WINDOW_MS) },
      },
      select: { id: true },
    });
    if (sameMessage) throw new DomainError("rate_limited", "duplicateMessage");
    const attendees = await tx.registration.findMany({
      where: { eventId, status: "confirmed", ...onRecordWhere },
      select: { user: { select: { email: true, locale: true } } },
    });
    // An anonymised registration names nobody (no user): there is no one to mail.
    const recipients = attendees.flatMap((attendee) => (attendee.user ? [attendee.user] : []));
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: ACTION,
      entityType: "event",
      entityId: eventId,
      organisationId: null,
      summary: `Nachricht „${input.subject}“ an ${recipients.length} bestätigte Teilnehmende gesendet (Kennung ${fingerprint})`,
    });
    return { event, recipients };
  });
  const { failed } = await sendLocalizedMail(recipients, (t, recipient) => ({
    subject: t("eventMessage.subject", { event: event.title, subject: input.subject }),
    text: t("eventMessage.text", {
      event: event.title,
      text: input.text,
      url: `${env.PUBLIC_URL}/${isLocale(recipient.locale) ? recipient.locale : "de"}/veranstaltungen/${event.slug}`,
    }),
  }));
  return { recipients: recipients.length, failed };
}
