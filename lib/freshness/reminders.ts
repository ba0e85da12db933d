import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { createFreshnessToken, FRESHNESS_LINK_VALID_DAYS, freshnessLinkUrl } from "@/lib/freshness/freshness-links";
import { DAY_MS, staleBefore } from "@/lib/offers/freshness";
import { type Availability } from "@/lib/offers/availability";
import { sendLocalizedMail } from "@/lib/mail/send-localized-mail";
import { listAdminRecipients, listOrganisationRecipients, type UserRecipient } from "@/lib/organisations/recipients";

// Reminders for offers nobody has confirmed for OFFER_STALE_AFTER_DAYS: one digest per organisation with a
// "still current" link and places-free links per offer; offers still unconfirmed ESCALATE_AFTER_DAYS after
// their digest (or whose organisation has no members to remind) are reported to the admins in one mail.
// Idempotent: an offer is listed once per reminder period (reminderSentAt, escalatedAt), so the job can run
// hourly (the in-process scheduler) and by hand (`npm run jobs:reminders`) without sending twice.

const DIGEST_AVAILABILITY = ["free", "few", "waitlist", "full"] as const satisfies readonly Availability[];

export type ReminderRun = { digests: number; offersReminded: number; escalatedOffers: number; failedMails: number };

function staleWhere(now: Date) {
  return {
    status: "published",
    lastConfirmedAt: { lt: staleBefore(now) },
  };
}

type DigestOffer = { id: string; title: string; lastConfirmedAt: Date };

function digestText(
  t: Parameters<Parameters<typeof sendLocalizedMail>[1]>[0],
  recipient: UserRecipient,
  organisation: string,
  offers: DigestOffer[],
  now: Date,
) {
  const blocks = offers.map((offer) => {
    // Each recipient gets links of their own: they stop working when that person leaves the organisation.
    const link = (action: Parameters<typeof createFreshnessToken>[0]) =>
      freshnessLinkUrl(createFreshnessToken(action, offer.id, recipient.userId, now), recipient.locale);
    const confirm = link({ kind: "confirm" });
    const availability = DIGEST_AVAILABILITY.map(
      (value) => `  ${t(`digest.availability.${value}`)}: ${link({ kind: "availability", availability: value })}`,
    ).join("\n");
    const days = Math.floor((now.getTime() - offer.lastConfirmedAt.getTime()) / DAY_MS);
    return `■ ${offer.title}\n${t("digest.lastConfirmed", { days })}\n${t("digest.confirm")}: ${confirm}\n${t("digest.availabilityIntro")}\n${availability}`;
  });
  return t("digest.text", {
    organisation,
    count: offers.length,
    days: env.OFFER_STALE_AFTER_DAYS,
    offers: blocks.join("\n\n"),
    dashboard: `${env.PUBLIC_URL}/${recipient.locale}/dashboard`,
    validDays: FRESHNESS_LINK_VALID_DAYS,
  });
}

/** One digest per organisation whose published offers went stale since their last digest. */
export async function sendReminderDigests(now = new Date()): Promise<Omit<ReminderRun, "escalatedOffers">> {
  const offers = await prisma.offer.findMany({
    where: { ...staleWhere(now), reminderSentAt: null, organisation: { memberships: { some: {} } } },
    select: {
      id: true,
      title: true,
      lastConfirmedAt: true,
      organisationId: true,
      organisation: { select: { name: true } },
    },
    orderBy: [{ organisationId: "asc" }, { lastConfirmedAt: "asc" }],
  });
  const byOrganisation = new Map<string, typeof offers>(); // Map.groupBy needs Node 21
  for (const offer of offers)
    byOrganisation.set(offer.organisationId, [...(byOrganisation.get(offer.organisationId) ?? []), offer]);
  let digests = 0;
  let offersReminded = 0;
  let failedMails = 0;
  for (const [organisationId, organisationOffers] of byOrganisation) {
    const organisation = organisationOffers[0]!.organisation.name;
    const recipients = await listOrganisationRecipients(organisationId);
    const result = await sendLocalizedMail(recipients, (t, recipient) => ({
      subject: t("digest.subject", { count: organisationOffers.length, organisation }),
      text: digestText(t, recipient, organisation, organisationOffers, now),
    }));
    failedMails += result.failed;
    if (result.sent === 0) continue; // nobody reached: try again on the next run
    // Each reminded offer gets an entry in the trail: reminderSentAt is cleared by the confirmation it asks for,
    // so only the trail can say later how many reminders went out and how many were answered (admin overview).
    await prisma.$transaction(async (tx) => {
      await tx.offer.updateMany({
        where: { id: { in: organisationOffers.map((offer) => offer.id) } },
        data: { reminderSentAt: now },
      });
      for (const offer of organisationOffers)
        await recordAuditEvent(tx, {
          actorId: null,
          action: "offer.reminder-sent",
          entityType: "offer",
          entityId: offer.id,
          organisationId,
          summary: `Erinnerung verschickt: „${offer.title}“ seit ${Math.floor((now.getTime() - offer.lastConfirmedAt.getTime()) / DAY_MS)} Tagen nicht bestätigt`,
        });
    });
    digests++;
    offersReminded += organisationOffers.length;
  }
  return { digests, offersReminded, failedMails };
}

/** One mail to the admins listing stale offers whose reminder went unanswered or who have nobody to remind. */
export async function escalateUnansweredReminders(
  now = new Date(),
): Promise<{ escalatedOffers: number; failedMails: number }> {
  const offers = await prisma.offer.findMany({
    where: {
      ...staleWhere(now),
      escalatedAt: null,
      OR: [
        { reminderSentAt: { lt: new Date(now.getTime() - env.ESCALATE_AFTER_DAYS * DAY_MS) } },
        { organisation: { memberships: { none: {} } } },
      ],
    },
    select: { id: true, slug: true, title: true, lastConfirmedAt: true, organisation: { select: { name: true } } },
    orderBy: [{ organisationId: "asc" }, { lastConfirmedAt: "asc" }],
  });
  if (offers.length === 0) return { escalatedOffers: 0, failedMails: 0 };
  const admins = await listAdminRecipients();
  const result = await sendLocalizedMail(admins, (t, recipient) => ({
    subject: t("escalation.subject", { count: offers.length }),
    text: t("escalation.text", {
      count: offers.length,
      days: env.ESCALATE_AFTER_DAYS,
      offers: offers
        .map(
          (offer) =>
            `■ ${offer.organisation.name}: ${offer.title} (${offer.lastConfirmedAt.toISOString().slice(0, 10)})\n  ${env.PUBLIC_URL}/${recipient.locale}/angebote/${offer.slug}`,
        )
        .join("\n"),
      queue: `${env.PUBLIC_URL}/${recipient.locale}/verwaltung`,
    }),
  }));
  if (result.sent === 0) return { escalatedOffers: 0, failedMails: result.failed };
  await prisma.offer.updateMany({ where: { id: { in: offers.map((offer) => offer.id) } }, data: { escalatedAt: now } });
  return { escalatedOffers: offers.length, failedMails: result.failed };
}

export async function runReminderJob(now = new Date()): Promise<ReminderRun> {
  const digests = await sendReminderDigests(now);
  const escalation = await escalateUnansweredReminders(now);
  return {
    ...digests,
    escalatedOffers: escalation.escalatedOffers,
    failedMails: digests.failedMails + escalation.failedMails,
  };
}
