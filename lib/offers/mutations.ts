import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { loadEditableOffer } from "@/lib/offers/load-offer";
import { resolveOfferInput, writeOfferRelations } from "@/lib/offers/offer-write";
import { OfferInputSchema, translatableDetails, translatableDetailsSelect } from "@/lib/offers/schemas";
import { DomainError, parseInput } from "@/lib/result";
import { notifyOutboxChanged } from "@/lib/search/get-offer-search-index";
import { keepSecondLookBaseline } from "@/lib/review/second-look-baseline";
import { enqueueOfferIndexing } from "@/lib/search/outbox";
import { uniqueSlug } from "@/lib/validation/unique-slug";

// Offers from the organisation's side. The life cycle: draft → (submit) in_review → (admin approves, see
// lib/offers/review.ts) published → edits go live at once with a "second look" flag → archived → draft again.
// Every write re-indexes through the outbox in the same transaction.

const offerSlugTaken = async (slug: string) =>
  Boolean(await prisma.offer.findUnique({ where: { slug }, select: { id: true } }));

/** Creates a draft offer for the organisation. */
export async function createOffer(actor: Actor | null, organisationId: string, raw: unknown): Promise<{ id: string }> {
  const organisation = await prisma.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
  if (!organisation)
    throw new DomainError(actor ? "not_found" : "unauthenticated", actor ? "notFound" : "signInRequired");
  assertCan(actor, "offer:create", organisation.id);
  const input = parseInput(OfferInputSchema, raw);
  const slug = await uniqueSlug(input.title, offerSlugTaken);
  const id = await prisma.$transaction(async (tx) => {
    const { scalars, relations } = await resolveOfferInput(tx, input);
    const offer = await tx.offer.create({
      data: { ...scalars, slug, organisationId: organisation.id, status: "draft" },
      select: { id: true },
    });
    await writeOfferRelations(tx, offer.id, relations);
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "offer.created",
      entityType: "offer",
      entityId: offer.id,
      organisationId: organisation.id,
      summary: `Angebot „${input.title}“ als Entwurf angelegt`,
    });
    return offer.id;
  });
  return { id };
}

/**
 * Saves the form. A published offer stays published and is flagged for the admins' second look; when the
 * German text changed (any text a translation carries: title, summary, description or a free-text detail), its
 * translations become outdated (they compare with textUpdatedAt).
 */
export async function updateOffer(actor: Actor | null, offerId: string, raw: unknown): Promise<void> {
  const { offer, actor: editor } = await loadEditableOffer(actor, offerId);
  if (offer.status === "archived") throw new DomainError("conflict", "offerArchived");
  const input = parseInput(OfferInputSchema, raw);
  const textChanged =
    input.title !== offer.title ||
    input.summary !== offer.summary ||
    input.description !== offer.description ||
    // The form gives an empty detail as undefined, the row holds null.
    translatableDetails.some((field) => (input[field] ?? null) !== offer[field]);
  const now = new Date();
  await prisma.$transaction(async (tx) => {
    const { scalars, relations } = await resolveOfferInput(tx, input);
    await keepSecondLookBaseline(tx, offer.id);
    await tx.offer.update({
      where: { id: offer.id, organisationId: offer.organisationId },
      data: {
        ...scalars,
        ...(textChanged ? { textUpdatedAt: now } : {}),
        ...(offer.status === "published" ? { secondLookSince: now } : {}),
      },
    });
    await writeOfferRelations(tx, offer.id, relations);
    await enqueueOfferIndexing(tx, [offer.id]);
    await recordAuditEvent(tx, {
      actorId: editor.userId,
      action: "offer.updated",
      entityType: "offer",
      entityId: offer.id,
      organisationId: offer.organisationId,
      summary:
        `Angebot „${input.title}“ bearbeitet` +
        (textChanged ? " (Text geändert; Übersetzungen veraltet)" : "") +
        (offer.status === "published" ? "; sofort online, zur Durchsicht vorgemerkt" : ""),
    });
  });
  notifyOutboxChanged();
}

/** Sends a draft to the admins' review queue; only its first publication needs approval. */
export async function submitOffer(actor: Actor | null, offerId: string): Promise<void> {
  const { offer, actor: editor } = await loadEditableOffer(actor, offerId);
  if (offer.status !== "draft") throw new DomainError("conflict", "notADraft");
  await prisma.$transaction(async (tx) => {
    await tx.offer.update({
      where: { id: offer.id, organisationId: offer.organisationId },
      data: { status: "in_review", submittedAt: new Date(), rejectionReason: null },
    });
    await recordAuditEvent(tx, {
      actorId: editor.userId,
      action: "offer.submitted",
      entityType: "offer",
      entityId: offer.id,
      organisationId: offer.organisationId,
      summary: `Angebot „${offer.title}“ zur Freigabe eingereicht`,
    });
  });
}

/** Takes an offer off the site; it can be restored as a draft. */
export async function archiveOffer(actor: Actor | null, offerId: string): Promise<void> {
  const { offer, actor: editor } = await loadEditableOffer(actor, offerId);
  if (offer.status === "archived") throw new DomainError("conflict", "offerArchived");
  await prisma.$transaction(async (tx) => {
    await tx.offer.update({
      where: { id: offer.id, organisationId: offer.organisationId },
      data: { status: "archived", secondLookSince: null, secondLookBaselineJson: null },
    });
    await enqueueOfferIndexing(tx, [offer.id]);
    await recordAuditEvent(tx, {
      actorId: editor.userId,
      action: "offer.archived",
      entityType: "offer",
      entityId: offer.id,
      organisationId: offer.organisationId,
      summary: `Angebot „${offer.title}“ archiviert`,
    });
  });
  notifyOutboxChanged();
}

/** Brings an archived offer back as a draft (publishing it again goes through review). */
export async function restoreOffer(actor: Actor | null, offerId: string): Promise<void> {
  const { offer, actor: editor } = await loadEditableOffer(actor, offerId);
  if (offer.status !== "archived") throw new DomainError("conflict", "notArchived");
  await prisma.$transaction(async (tx) => {
    await tx.offer.update({ where: { id: offer.id, organisationId: offer.organisationId }, data: { status: "draft" } });
    await recordAuditEvent(tx, {
      actorId: editor.userId,
      action: "offer.restored",
      entityType: "offer",
      entityId: offer.id,
      organisationId: offer.organisationId,
      summary: `Angebot „${offer.title}“ als Entwurf wiederhergestellt`,
    });
  });
}

/** Copies an offer (with its lists and translations) into a new draft of the same organisation. */
export async function duplicateOffer(actor: Actor | null, offerId: string): Promise<{ id: string }> {
  const { offer, actor: editor } = await loadEditableOffer(actor, offerId);
  const source = await prisma.offer.findUniqueOrThrow({
    where: { id: offer.id },
    omit: { id: true, slug: true, createdAt: true, updatedAt: true },
    include: {
      topics: { select: { topicId: true } },
      audiences: { select: { audienceId: true } },
      languages: { select: { language: true } },
      municipalities: { select: { municipalityId: true } },
      scheduleSlots: { select: { weekday: true, startTime: true, endTime: true } },
      translations: {
        select: {
          locale: true,
          title: true,
          summary: true,
          description: true,
          ...translatableDetailsSelect,
          origin: true,
        },
      },
    },
  });
  const { topics, audiences, languages, municipalities, scheduleSlots, translations, ...scalars } = source;
  const title = `${scalars.title} (Kopie)`.slice(0, 120);
  const slug = await uniqueSlug(title, offerSlugTaken);
  const now = new Date();
  const id = await prisma.$transaction(async (tx) => {
    const copy = await tx.offer.create({
      data: {
        ...scalars,
        title,
        slug,
        status: "draft",
        publishedAt: null,
        submittedAt: null,
        secondLookSince: null,
        secondLookBaselineJson: null,
        rejectionReason: null,
        reminderSentAt: null,
        escalatedAt: null,
        lastConfirmedAt: now,
        textUpdatedAt: now,
        topics: { create: topics },
        audiences: { create: audiences },
        languages: { create: languages },
        municipalities: { create: municipalities },
        scheduleSlots: { create: scheduleSlots },
        // The copy's title differs from the translations' source, so they start as unreviewed.
        translations: { create: translations.map((t) => ({ ...t, isReviewed: false, sourceUpdatedAt: now })) },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: editor.userId,
      action: "offer.duplicated",
      entityType: "offer",
      entityId: copy.id,
      organisationId: offer.organisationId,
      summary: `Angebot „${offer.title}“ kopiert`,
    });
    return copy.id;
  });
  return { id };
}
