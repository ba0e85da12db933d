import type { Prisma } from "@/generated/prisma/client";
import { offerVersionSelect, toOfferVersion } from "@/lib/review/offer-version";

/**
 * Called in an edit's transaction before the write: the first edit of a published offer since its last review
 * keeps the version the public saw until then, so the admins' second look can set old and new side by side.
 * Later edits leave it alone, so the look covers everything changed since the review.
 */
export async function keepSecondLookBaseline(tx: Prisma.TransactionClient, offerId: string): Promise<void> {
  const row = await tx.offer.findUniqueOrThrow({
    where: { id: offerId },
    select: { status: true, secondLookBaselineJson: true, ...offerVersionSelect },
  });
  if (row.status !== "published" || row.secondLookBaselineJson !== null) return;
  const { status: _status, secondLookBaselineJson: _baseline, ...version } = row;
  await tx.offer.update({
    where: { id: offerId },
    data: { secondLookBaselineJson: JSON.stringify(toOfferVersion(version)) },
  });
}
