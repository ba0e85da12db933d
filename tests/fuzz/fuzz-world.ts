import fc from "fast-check";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { createFreshnessToken } from "@/lib/freshness/freshness-links";
import { makeEvent, makeProfile, makeRegistration } from "@/tests/conference-factories";
import { makeMembership, makeOffer, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

// One world per fuzz file, built once: an admin, an organisation's owner, two attendees of a published event with
// profiles who are each other's contacts, an offer, a working group with a recommendation. Inputs name these
// records often enough to get past "not found" into the rules; the caller is one of these people or nobody.

export type FuzzWorld = Awaited<ReturnType<typeof buildFuzzWorld>>;
export type Caller = "nobody" | "admin" | "owner" | "attendee" | "stranger";
export const callers: readonly Caller[] = ["nobody", "admin", "owner", "attendee", "stranger"];

export async function buildFuzzWorld() {
  await resetDatabase();
  await seedRegionForTest();
  const admin = await makeUser({ isAdmin: true, email: "admin@example.org" });
  const owner = await makeUser({ email: "owner@example.org" });
  const stranger = await makeUser({ email: "stranger@example.org" });
  const organisation = await makeOrganisation({ municipalitySlug: "verl" });
  await makeMembership(owner.id, organisation.id, "owner");
  const offer = await makeOffer(organisation.id, { title: "Sprachcafé" });
  const event = await makeEvent({ capacity: 50 });
  const group = event.workingGroups[0]!;
  const attendee = await makeUser({ email: "attendee@example.org" });
  const contact = await makeUser({ email: "contact@example.org" });
  const attendeeRegistration = await makeRegistration(event.id, attendee.id, { groupId: group.id });
  const contactRegistration = await makeRegistration(event.id, contact.id, { groupId: group.id });
  const attendeeProfile = await makeProfile(attendee.id, { displayNameVisibility: "attendees" });
  const contactProfile = await makeProfile(contact.id, { displayNameVisibility: "attendees" });
  await prisma.contactRequest.create({
    data: {
      fromUserId: attendee.id,
      toUserId: contact.id,
      message: "Hallo",
      status: "accepted",
      respondedAt: new Date(),
    },
  });
  const pendingRequest = await prisma.contactRequest.create({
    data: { fromUserId: contact.id, toUserId: attendee.id, message: "Treffen?" },
    select: { id: true },
  });
  const recommendation = await prisma.recommendation.create({
    data: {
      workingGroupId: group.id,
      authorId: attendee.id,
      title: "Mehr Sprachkurse",
      text: "Abends und am Wochenende.",
    },
    select: { id: true },
  });
  const userIds: Record<Exclude<Caller, "nobody">, string> = {
    admin: admin.id,
    owner: owner.id,
    attendee: attendee.id,
    stranger: stranger.id,
  };
  const ids = {
    organisationId: organisation.id,
    offerId: offer.id,
    eventId: event.id,
    groupId: group.id,
    attendeeRegistrationId: attendeeRegistration.id,
    contactRegistrationId: contactRegistration.id,
    attendeeProfileId: attendeeProfile.id,
    contactProfileId: contactProfile.id,
    pendingRequestId: pendingRequest.id,
    recommendationId: recommendation.id,
    ownerId: owner.id,
  };
  return {
    userIds,
    ids,
    slugs: { event: event.slug, organisation: organisation.slug, offer: offer.slug },
    freshnessToken: createFreshnessToken({ kind: "confirm" }, offer.id, owner.id),
    /** Real ids and slugs, for inputs that should reach the rules behind the shape checks. */
    plausible: [
      ...Object.values(ids),
      event.slug,
      organisation.slug,
      offer.slug,
      "verl",
      "rietberg",
      "sprache-bildung",
    ],
  };
}

/**
 * The actor of one request, read fresh like a real request does (someone removed meanwhile is signed out),
 * signed in just now, so the actions that ask for a recent sign-in run their rules.
 */
export async function actorOf(world: FuzzWorld, caller: Caller): Promise<Actor | null> {
  const actor = caller === "nobody" ? null : await loadActor(world.userIds[caller]);
  return actor ? { ...actor, signedInAt: new Date() } : null;
}

export const caller: fc.Arbitrary<Caller> = fc.constantFrom(...callers);
