import { assertCan, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { translatableDetailsSelect } from "@/lib/offers/schemas";
import { DomainError } from "@/lib/result";

const editableOfferSelect = {
  id: true,
  slug: true,
  organisationId: true,
  status: true,
  title: true,
  summary: true,
  description: true,
  ...translatableDetailsSelect,
  publishedAt: true,
  organisation: { select: { name: true, status: true } },
} as const;

/** Loads an offer and checks that the actor may edit it: `not_found` or `forbidden` otherwise. */
export async function loadEditableOffer(actor: Actor | null, offerId: string) {
  const offer = await prisma.offer.findUnique({ where: { id: offerId }, select: editableOfferSelect });
  if (!offer) {
    if (!actor) throw new DomainError("unauthenticated", "signInRequired");
    throw new DomainError("not_found", "notFound");
  }
  assertCan(actor, "offer:edit", offer.organisationId);
  return { offer, actor };
}
