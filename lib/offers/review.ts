import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { sendLocalizedMail } from "@/lib/mail/send-localized-mail";
import { listOrganisationRecipients } from "@/lib/organisations/recipients";
import { RejectionInputSchema } from "@/lib/organisations/schemas";
import { DomainError, parseInput } from "@/lib/result";
import { notifyOutboxChanged } from "@/lib/search/get-offer-search-index";
import { enqueueOfferIndexing } from "@/lib/search/outbox";

// The admins' decisions on offers: first publication, and the second look at edits of published offers.

async function loadOffer(offerId: string) {
  const offer = await prisma.offer.findUnique({
    where: { id: offerId },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      organisationId: true,
      secondLookSince: true,
      organisation: { select: { name: true, status: true } },
    },
  });
  if (!offer) throw new DomainError("not_found", "notFound");
  return offer;
}

/** Publishes an offer waiting in review; its organisation must be approved first. */
export async function approveOffer(actor: Actor | null, offerId: string): Promise<void> {
  assertCan(actor, "review:decide");
  const offer = await loadOffer(offerId);
  if (offer.status !== "in_review") throw new DomainError("conflict", "alreadyDecided");
  if (offer.organisation.status !== "approved") throw new DomainError("conflict", "organisationNotApproved");
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    await tx.offer.update({
      where: { id: offer.id },
      data: {
        status: "published",
        publishedAt: now,
        lastConfirmedAt: now,
        secondLookSince: null,
        secondLookBaselineJson: null,
        rejectionReason: null,
      },
    });
    await enqueueOfferIndexing(tx, [offer.id]);
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "offer.published",
      entityType: "offer",
      entityId: offer.id,
      organisationId: offer.organisationId,
      summary: `Angebot „${offer.title}“ freigegeben und veröffentlicht`,
    });
  });
  notifyOutboxChanged();
  const recipients = await listOrganisationRecipients(offer.organisationId);
  await sendLocalizedMail(recipients, (t, recipient) => ({
    subject: t("offerApproved.subject", { offer: offer.title }),
    text: t("offerApproved.text", {
      offer: offer.title,
      url: `${env.PUBLIC_URL}/${recipient.locale}/angebote/${offer.slug}`,
    }),
  }));
}

/**
 * Sends an offer back to its organisation as a draft with a reason (mailed): a first publication that is
 * refused, or a published offer whose edit did not pass the second look (it goes offline).
 */
export async function rejectOffer(actor: Actor | null, offerId: string, raw: unknown): Promise<void> {
  assertCan(actor, "review:decide");
  const { reason } = parseInput(RejectionInputSchema, raw);
  const offer = await loadOffer(offerId);
  const inReview = offer.status === "in_review";
  const inSecondLook = offer.status === "published" && offer.secondLookSince !== null;
  if (!inReview && !inSecondLook) throw new DomainError("conflict", "alreadyDecided");
  await prisma.$transaction(async (tx) => {
    await tx.offer.update({
      where: { id: offer.id },
      data: { status: "draft", rejectionReason: reason, secondLookSince: null, secondLookBaselineJson: null },
    });
    await enqueueOfferIndexing(tx, [offer.id]);
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: inReview ? "offer.rejected" : "offer.unpublished",
      entityType: "offer",
      entityId: offer.id,
      organisationId: offer.organisationId,
      summary: `Angebot „${offer.title}“ ${inReview ? "nicht freigegeben" : "offline genommen"}: ${reason}`,
    });
  });
  notifyOutboxChanged();
  const recipients = await listOrganisationRecipients(offer.organisationId);
  await sendLocalizedMail(recipients, (t, recipient) => ({
    subject: t("offerRejected.subject", { offer: offer.title }),
    text: t("offerRejected.text", {
      offer: offer.title,
      reason,
      url: `${env.PUBLIC_URL}/${recipient.locale}/dashboard/angebote/${offer.id}`,
    }),
  }));
}

/** The admin has looked at a published offer's edit and leaves it as it is. */
export async function completeSecondLook(actor: Actor | null, offerId: string): Promise<void> {
  assertCan(actor, "review:decide");
  const offer = await loadOffer(offerId);
  if (offer.secondLookSince === null) throw new DomainError("conflict", "alreadyDecided");
  await prisma.$transaction(async (tx) => {
    await tx.offer.update({ where: { id: offer.id }, data: { secondLookSince: null, secondLookBaselineJson: null } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "offer.second-look-done",
      entityType: "offer",
      entityId: offer.id,
      organisationId: offer.organisationId,
      summary: `Änderung an „${offer.title}“ durchgesehen`,
    });
  });
}
