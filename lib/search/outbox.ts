import type { Prisma } from "@/generated/prisma/client";

/**
 * Records, inside the caller's transaction, that offers changed and the search index must follow. The indexer
 * decides from the database whether each offer is (still) public, so one call serves create, edit and delete.
 */
export async function enqueueOfferIndexing(
  tx: Prisma.TransactionClient,
  offerIds: string[],
  operation: "upsert" | "delete" = "upsert",
): Promise<void> {
  if (offerIds.length === 0) return;
  await tx.outboxEvent.createMany({ data: offerIds.map((entityId) => ({ entityType: "offer", entityId, operation })) });
}

/** Every offer of an organisation: its documents carry the organisation's name and visibility. */
export async function enqueueOrganisationOffersIndexing(
  tx: Prisma.TransactionClient,
  organisationId: string,
): Promise<void> {
  const offers = await tx.offer.findMany({ where: { organisationId }, select: { id: true } });
  await enqueueOfferIndexing(
    tx,
    offers.map((offer) => offer.id),
  );
}
