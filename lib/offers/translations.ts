import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { loadEditableOffer } from "@/lib/offers/load-offer";
import {
  contentLocales,
  translatableDetails,
  TranslationInputSchema,
  type TranslatableDetail,
  translatableDetailsSelect,
} from "@/lib/offers/schemas";
import { DomainError, parseInput } from "@/lib/result";
import { notifyOutboxChanged } from "@/lib/search/get-offer-search-index";
import { enqueueOfferIndexing } from "@/lib/search/outbox";

// A translation records what it was made from (sourceUpdatedAt = the offer's textUpdatedAt at the time):
// when the German text changes later, it is outdated until saved again. A free-text detail is kept only where
// the German offer has that detail: a translation cannot add public text that has no German original.

function assertContentLocale(locale: string): void {
  if (!(contentLocales as readonly string[]).includes(locale)) throw new DomainError("not_found", "notFound");
}

export async function saveTranslation(
  actor: Actor | null,
  offerId: string,
  locale: string,
  raw: unknown,
): Promise<void> {
  assertContentLocale(locale);
  const { offer, actor: editor } = await loadEditableOffer(actor, offerId);
  const input = parseInput(TranslationInputSchema, raw);
  await prisma.$transaction(async (tx) => {
    const german = await tx.offer.findUniqueOrThrow({
      where: { id: offer.id },
      select: { textUpdatedAt: true, ...translatableDetailsSelect },
    });
    // null, not undefined, for a detail left out: saving again clears what an earlier save had.
    const details = Object.fromEntries(
      translatableDetails.map((field) => [field, german[field] === null ? null : (input[field] ?? null)]),
    ) as Record<TranslatableDetail, string | null>;
    const data = { ...input, ...details, sourceUpdatedAt: german.textUpdatedAt };
    await tx.offerTranslation.upsert({
      where: { offerId_locale: { offerId: offer.id, locale } },
      create: { offerId: offer.id, locale, ...data },
      update: data,
    });
    // A translation is public text too: on a published offer it goes live at once, and the admins take a second
    // look as they do at an edit of the German text.
    if (offer.status === "published")
      await tx.offer.update({ where: { id: offer.id }, data: { secondLookSince: new Date() } });
    await enqueueOfferIndexing(tx, [offer.id]);
    await recordAuditEvent(tx, {
      actorId: editor.userId,
      action: "offer.translation-saved",
      entityType: "offer",
      entityId: offer.id,
      organisationId: offer.organisationId,
      summary: `Übersetzung (${locale}) von „${offer.title}“ gespeichert (${input.origin === "machine" ? "maschinell" : "eigene"}, ${input.isReviewed ? "geprüft" : "ungeprüft"})`,
    });
  });
  notifyOutboxChanged();
}

export async function deleteTranslation(actor: Actor | null, offerId: string, locale: string): Promise<void> {
  assertContentLocale(locale);
  const { offer, actor: editor } = await loadEditableOffer(actor, offerId);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.offerTranslation.deleteMany({ where: { offerId: offer.id, locale } });
    if (count === 0) throw new DomainError("not_found", "notFound");
    await enqueueOfferIndexing(tx, [offer.id]);
    await recordAuditEvent(tx, {
      actorId: editor.userId,
      action: "offer.translation-deleted",
      entityType: "offer",
      entityId: offer.id,
      organisationId: offer.organisationId,
      summary: `Übersetzung (${locale}) von „${offer.title}“ gelöscht`,
    });
  });
  notifyOutboxChanged();
}
