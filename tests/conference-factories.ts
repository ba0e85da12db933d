import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { actorFor, makeUser } from "@/tests/factories";

// Conference test data: events with their six working groups, registrations and network profiles. Unique
// values, no seed data needed: an event uses the region's topics when seeded (seedRegionForTest) and creates
// topics of its own otherwise.

const unique = () => randomUUID().slice(0, 8);
const DAY = 86_400_000;
export const WORKING_GROUPS_PER_EVENT = 6;

type EventOverrides = {
  title?: string;
  capacity?: number;
  /** Places per working group; by default the event's capacity shared out over the six groups. */
  groupCapacity?: number;
  hasWaitlist?: boolean;
  status?: string;
  startsAt?: Date;
  endsAt?: Date;
  registrationOpensAt?: Date;
  registrationClosesAt?: Date;
};

async function sixTopics(): Promise<{ id: string; namesJson: string }[]> {
  const topics = await prisma.topic.findMany({
    select: { id: true, namesJson: true },
    orderBy: { sortOrder: "asc" },
    take: WORKING_GROUPS_PER_EVENT,
  });
  for (let index = topics.length; index < WORKING_GROUPS_PER_EVENT; index++) {
    const suffix = unique();
    topics.push(
      await prisma.topic.create({
        data: {
          slug: `thema-${suffix}`,
          sortOrder: 100 + index,
          icon: "circle",
          namesJson: JSON.stringify({ de: `Thema ${suffix}`, en: `Topic ${suffix}` }),
        },
        select: { id: true, namesJson: true },
      }),
    );
  }
  return topics;
}

/** A published event a month ahead, registration open, with one working group per topic (six). */
export async function makeEvent(overrides: EventOverrides = {}) {
  const suffix = unique();
  const capacity = overrides.capacity ?? 100;
  const groupCapacity = overrides.groupCapacity ?? Math.ceil(capacity / WORKING_GROUPS_PER_EVENT);
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 30 * DAY);
  const topics = await sixTopics();
  return prisma.event.create({
    data: {
      slug: `konferenz-${suffix}`,
      title: overrides.title ?? `Integrationskonferenz ${suffix}`,
      description: "Eine Konferenz zum Vernetzen.",
      startsAt,
      endsAt: overrides.endsAt ?? new Date(startsAt.getTime() + 8 * 3_600_000),
      venueName: "Kreishaus",
      venueAddress: "Herzebrocker Straße 140, 33334 Gütersloh",
      capacity,
      hasWaitlist: overrides.hasWaitlist ?? true,
      registrationOpensAt: overrides.registrationOpensAt ?? new Date(Date.now() - DAY),
      registrationClosesAt: overrides.registrationClosesAt ?? new Date(startsAt.getTime() - 7 * DAY),
      status: overrides.status ?? "published",
      workingGroups: {
        create: topics.map((topic, index) => {
          const name = (JSON.parse(topic.namesJson) as Record<string, string>).de ?? `Gruppe ${index + 1}`;
          return {
            slug: `gruppe-${index + 1}`,
            title: `AG ${name}`,
            description: `Die Arbeitsgruppe ${name} erarbeitet erste Handlungsempfehlungen.`,
            capacity: groupCapacity,
            topicId: topic.id,
          };
        }),
      },
    },
    select: {
      id: true,
      slug: true,
      title: true,
      capacity: true,
      workingGroups: {
        select: { id: true, slug: true, title: true, capacity: true, topicId: true },
        orderBy: { slug: "asc" },
      },
    },
  });
}

type RegistrationOverrides = {
  status?: "confirmed" | "waitlisted" | "cancelled";
  /** The assigned group (or the group whose waiting list the person is on). */
  groupId?: string | null;
  groupStatus?: "assigned" | "waitlisted" | null;
  firstChoiceId?: string | null;
  secondChoiceId?: string | null;
  keepsGroup?: boolean;
  name?: string;
  sequence?: number;
};

/**
 * A registration written directly (not through the registration rules). The sequence is the next free one,
 * so call it one at a time per event, or pass `sequence`.
 */
export async function makeRegistration(eventId: string, userId: string, overrides: RegistrationOverrides = {}) {
  const groupId = overrides.groupId ?? null;
  const sequence =
    overrides.sequence ??
    ((await prisma.registration.aggregate({ where: { eventId }, _max: { sequence: true } }))._max.sequence ?? 0) + 1;
  const status = overrides.status ?? "confirmed";
  return prisma.registration.create({
    data: {
      eventId,
      userId,
      sequence,
      status,
      name: overrides.name ?? `Teilnehmende ${unique()}`,
      firstChoiceId: overrides.firstChoiceId ?? groupId,
      secondChoiceId: overrides.secondChoiceId ?? null,
      assignedGroupId: groupId,
      groupStatus: overrides.groupStatus !== undefined ? overrides.groupStatus : groupId ? "assigned" : null,
      keepsGroup: overrides.keepsGroup ?? false,
      cancelledAt: status === "cancelled" ? new Date() : null,
    },
    select: { id: true, sequence: true, status: true, assignedGroupId: true, groupStatus: true },
  });
}

type ProfileOverrides = Partial<Omit<Prisma.ProfileUncheckedCreateInput, "id" | "userId" | "topics">> & {
  topicSlugs?: string[];
};

/** A network profile; every field is hidden ("nobody") unless the overrides say otherwise. */
export async function makeProfile(userId: string, overrides: ProfileOverrides = {}) {
  const { topicSlugs = [], ...fields } = overrides;
  const topics = await prisma.topic.findMany({ where: { slug: { in: topicSlugs } }, select: { id: true } });
  return prisma.profile.create({
    data: {
      displayName: `Person ${unique()}`,
      consentedAt: new Date(),
      ...fields,
      userId,
      topics: { create: topics.map((topic) => ({ topicId: topic.id })) },
    },
    select: { id: true, userId: true, displayName: true },
  });
}

/** A new person registered for the event, with their actor; a profile when `profile` is given. */
export async function makeAttendee(
  eventId: string,
  registration: RegistrationOverrides = {},
  profile?: ProfileOverrides,
): Promise<{ userId: string; registrationId: string; actor: Actor }> {
  const user = await makeUser();
  const { id: registrationId } = await makeRegistration(eventId, user.id, registration);
  if (profile) await makeProfile(user.id, profile);
  return { userId: user.id, registrationId, actor: await actorFor(user.id) };
}
