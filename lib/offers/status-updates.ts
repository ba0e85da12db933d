import type { Prisma } from "@/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { loadEditableOffer } from "@/lib/offers/load-offer";
import { AvailabilityInputSchema, OfferIdListSchema } from "@/lib/offers/schemas";
import type { Availability } from "@/lib/offers/availability";
import { parseInput } from "@/lib/result";
import { notifyOutboxChanged } from "@/lib/search/get-offer-search-index";
import { enqueueOfferIndexing } from "@/lib/search/outbox";

// "Still current" and "places free": the two facts an organisation confirms most often, from the dashboard
// (signed in) or from a link in the reminder digest (lib/freshness/freshness-links.ts, no sign-in).

/** Marks offers as confirmed now; clears the reminder state so the next digest starts afresh. */
export async function writeConfirmation(
  tx: Prisma.TransactionClient,
  offers: { id: string; organisationId: string; title: string }[],
  actorId: string | null,
  via: string,
): Promise<void> {
  const now = new Date();
  for (const offer of offers) {
    await tx.offer.update({
      where: { id: offer.id, organisationId: offer.organisationId },
      data: { lastConfirmedAt: now, reminderSentAt: null, escalatedAt: null },
    });
    await recordAuditEvent(tx, {
      actorId,
      action: "offer.confirmed",
      entityType: "offer",
      entityId: offer.id,
      organisationId: offer.organisationId,
      summary: `Angebot „${offer.title}“ als aktuell bestätigt (${via})`,
    });
  }
  await enqueueOfferIndexing(
    tx,
    offers.map((offer) => offer.id),
  );
}

export async function writeAvailability(
  tx: Prisma.TransactionClient,
  offer: { id: string; organisationId: string; title: string },
  availability: Availability,
  actorId: string | null,
  via: string,
): Promise<void> {
  await tx.offer.update({
    where: { id: offer.id, organisationId: offer.organisationId },
    data: { availability, availabilitySetAt: new Date() },
  });
  await recordAuditEvent(tx, {
    actorId,
    action: "offer.availability-set",
    entityType: "offer",
    entityId: offer.id,
    organisationId: offer.organisationId,
    summary: `Platzstatus von „${offer.title}“: ${availability} (${via})`,
  });
  await enqueueOfferIndexing(tx, [offer.id]);
}

/** Dashboard bulk action: confirms the chosen offers of one organisation; ids of other organisations are ignored. */
export async function confirmOffers(
  actor: Actor | null,
  organisationId: string,
  raw: unknown,
): Promise<{ count: number }> {
  assertCan(actor, "offer:edit", organisationId);
  const { offerIds } = parseInput(OfferIdListSchema, raw);
  const count = await prisma.$transaction(async (tx) => {
    const offers = await tx.offer.findMany({
      where: { id: { in: offerIds }, organisationId, status: { not: "archived" } },
      select: { id: true, organisationId: true, title: true },
    });
    await writeConfirmation(tx, offers, actor.userId, "Dashboard");
    return offers.length;
  });
  notifyOutboxChanged();
  return { count };
}

export async function setAvailability(actor: Actor | null, offerId: string, raw: unknown): Promise<void> {
  const { offer, actor: editor } = await loadEditableOffer(actor, offerId);
  const { availability } = parseInput(AvailabilityInputSchema, raw);
  await prisma.$transaction((tx) => writeAvailability(tx, offer, availability, editor.userId, "Dashboard"));
  notifyOutboxChanged();
}
