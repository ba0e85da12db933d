import type { Prisma } from "@/generated/prisma/client";
import type { OfferInput } from "@/lib/offers/schemas";
import { assertPlaceFits } from "@/lib/region/place-checks";
import { DomainError, type FieldErrors } from "@/lib/result";

// Turns a validated offer form into the rows it is stored as. References (topics, audiences, municipalities)
// are resolved by slug; an unknown one is a field error, not a crash.

async function idsFor(
  rows: Promise<{ id: string; slug: string }[]>,
  slugs: string[],
  field: string,
  errors: FieldErrors,
): Promise<string[]> {
  const bySlug = new Map((await rows).map((row) => [row.slug, row.id]));
  const ids = [...new Set(slugs)].map((slug) => bySlug.get(slug));
  if (ids.some((id) => id === undefined)) errors[field] = [{ key: "choose" }];
  return ids.filter((id): id is string => id !== undefined);
}

export async function resolveOfferInput(tx: Prisma.TransactionClient, input: OfferInput) {
  const errors: FieldErrors = {};
  const topicIds = await idsFor(
    tx.topic.findMany({ where: { slug: { in: input.topics } }, select: { id: true, slug: true } }),
    input.topics,
    "topics",
    errors,
  );
  const audienceIds = await idsFor(
    tx.audience.findMany({ where: { slug: { in: input.audiences } }, select: { id: true, slug: true } }),
    input.audiences,
    "audiences",
    errors,
  );
  const servedSlugs = input.isCountyWide ? [] : input.municipalities;
  const municipalityIds = await idsFor(
    tx.municipality.findMany({ where: { slug: { in: servedSlugs } }, select: { id: true, slug: true } }),
    servedSlugs,
    "municipalities",
    errors,
  );
  let locationMunicipalityId: string | null = null;
  if (input.locationMunicipality) {
    assertPlaceFits(
      { municipality: input.locationMunicipality, postcode: input.postcode, lat: input.lat, lng: input.lng },
      { municipality: "locationMunicipality", postcode: "postcode", lat: "lat" },
    );
    const row = await tx.municipality.findUnique({ where: { slug: input.locationMunicipality }, select: { id: true } });
    locationMunicipalityId = row?.id ?? null;
  } else if (input.postcode) {
    errors.locationMunicipality = [{ key: "choose" }];
  }
  if (Object.keys(errors).length > 0) throw new DomainError("invalid_input", "invalidInput", errors);

  const scalars = {
    title: input.title,
    summary: input.summary,
    description: input.description,
    languageNote: input.languageNote ?? null,
    isCountyWide: input.isCountyWide,
    isOnline: input.isOnline,
    locationName: input.locationName ?? null,
    street: input.street ?? null,
    postcode: input.postcode ?? null,
    locationMunicipalityId,
    lat: input.lat ?? null,
    lng: input.lng ?? null,
    scheduleText: input.scheduleText ?? null,
    costKind: input.costKind,
    costNote: input.costNote ?? null,
    registrationRequired: input.registrationRequired,
    accessibility: input.accessibility ?? null,
    contactName: input.contactName ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    validFrom: input.validFrom ?? null,
    validUntil: input.validUntil ?? null,
  };
  const relations = {
    topicIds,
    audienceIds,
    municipalityIds,
    languages: [...new Set(input.languages)],
    slots: input.slots,
  };
  return { scalars, relations };
}

export type ResolvedOffer = Awaited<ReturnType<typeof resolveOfferInput>>;

/** Replaces the offer's lists (topics, audiences, languages, municipalities, weekly slots) with the form's. */
export async function writeOfferRelations(
  tx: Prisma.TransactionClient,
  offerId: string,
  relations: ResolvedOffer["relations"],
): Promise<void> {
  await tx.offerTopic.deleteMany({ where: { offerId } });
  await tx.offerAudience.deleteMany({ where: { offerId } });
  await tx.offerLanguage.deleteMany({ where: { offerId } });
  await tx.offerMunicipality.deleteMany({ where: { offerId } });
  await tx.offerScheduleSlot.deleteMany({ where: { offerId } });
  await tx.offerTopic.createMany({ data: relations.topicIds.map((topicId) => ({ offerId, topicId })) });
  await tx.offerAudience.createMany({ data: relations.audienceIds.map((audienceId) => ({ offerId, audienceId })) });
  await tx.offerLanguage.createMany({ data: relations.languages.map((language) => ({ offerId, language })) });
  await tx.offerMunicipality.createMany({
    data: relations.municipalityIds.map((municipalityId) => ({ offerId, municipalityId })),
  });
  await tx.offerScheduleSlot.createMany({ data: relations.slots.map((slot) => ({ offerId, ...slot })) });
}
