import "server-only";
import { prisma } from "@/lib/db";
import { localizedName } from "@/lib/i18n/localized-name";
import { visibilitiesOf, visibilitySelect } from "@/lib/network/visibility";

// What the public event pages show: places left, the registration window, the working groups with their places,
// and the viewer's own registration. Counts are read at request time; the registration itself decides again.

export type RegistrationWindow = "not-open" | "open" | "closed";

export function registrationWindow(
  event: { registrationOpensAt: Date; registrationClosesAt: Date; status: string },
  now: Date,
): RegistrationWindow {
  // The deadline is the first closed moment: the midnight that ends the last day (lib/events/event-time.ts).
  if (event.status !== "published" || now >= event.registrationClosesAt) return "closed";
  return now < event.registrationOpensAt ? "not-open" : "open";
}

export async function listPublicEvents() {
  const events = await prisma.event.findMany({
    where: { status: { in: ["published", "cancelled"] } },
    orderBy: { startsAt: "desc" },
    select: {
      slug: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      venueName: true,
      capacity: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      _count: { select: { registrations: { where: { status: "confirmed" } } } },
    },
  });
  const now = new Date();
  return events.map(({ _count, ...event }) => ({
    ...event,
    placesLeft: Math.max(0, event.capacity - _count.registrations),
    window: registrationWindow(event, now),
  }));
}

/** An event's confirmed and waiting registrations, and how many confirmed people each working group holds. */
export async function countEventRegistrations(eventId: string) {
  const [confirmed, waitlisted, assigned] = await Promise.all([
    prisma.registration.count({ where: { eventId, status: "confirmed" } }),
    prisma.registration.count({ where: { eventId, status: "waitlisted" } }),
    prisma.registration.groupBy({
      by: ["assignedGroupId"],
      where: { eventId, status: "confirmed", groupStatus: "assigned" },
      _count: { _all: true },
    }),
  ]);
  return {
    confirmed,
    waitlisted,
    assignedByGroup: new Map(assigned.map((row) => [row.assignedGroupId, row._count._all])),
  };
}

export type ViewerRegistration = {
  id: string;
  status: "confirmed" | "waitlisted";
  waitlistPosition: number | null;
  group: { title: string; status: "assigned" | "waitlisted" } | null;
  firstChoiceId: string | null;
  secondChoiceId: string | null;
};

export async function findEventPage(slug: string, viewerUserId: string | null, locale: string, now = new Date()) {
  const event = await prisma.event.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      agenda: true,
      status: true,
      startsAt: true,
      endsAt: true,
      venueName: true,
      venueAddress: true,
      lat: true,
      lng: true,
      capacity: true,
      hasWaitlist: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      workingGroups: {
        orderBy: { title: "asc" },
        select: {
          id: true,
          title: true,
          description: true,
          capacity: true,
          topic: { select: { slug: true, namesJson: true, sortOrder: true } },
        },
      },
    },
  });
  if (!event || (event.status !== "published" && event.status !== "cancelled")) return null;

  const [{ confirmed, waitlisted, assignedByGroup }, own] = await Promise.all([
    countEventRegistrations(event.id),
    viewerUserId
      ? prisma.registration.findUnique({
          where: { eventId_userId: { eventId: event.id, userId: viewerUserId } },
          select: {
            id: true,
            status: true,
            sequence: true,
            groupStatus: true,
            firstChoiceId: true,
            secondChoiceId: true,
            assignedGroup: { select: { title: true } },
          },
        })
      : null,
  ]);

  let viewerRegistration: ViewerRegistration | null = null;
  if (own && own.status !== "cancelled") {
    const status = own.status === "confirmed" ? "confirmed" : "waitlisted";
    viewerRegistration = {
      id: own.id,
      status,
      waitlistPosition:
        status === "waitlisted"
          ? await prisma.registration.count({
              where: { eventId: event.id, status: "waitlisted", sequence: { lte: own.sequence } },
            })
          : null,
      group:
        own.assignedGroup && (own.groupStatus === "assigned" || own.groupStatus === "waitlisted")
          ? { title: own.assignedGroup.title, status: own.groupStatus }
          : null,
      firstChoiceId: own.firstChoiceId,
      secondChoiceId: own.secondChoiceId,
    };
  }

  const { workingGroups, ...rest } = event;
  return {
    ...rest,
    window: registrationWindow(event, now),
    isOver: event.endsAt < now,
    confirmed,
    waitlisted,
    placesLeft: Math.max(0, event.capacity - confirmed),
    workingGroups: workingGroups
      .sort((a, b) => (a.topic?.sortOrder ?? 99) - (b.topic?.sortOrder ?? 99))
      .map((group) => ({
        id: group.id,
        title: group.title,
        description: group.description,
        topicName: group.topic ? localizedName(group.topic.namesJson, locale) : null,
        capacity: group.capacity,
        placesLeft: Math.max(0, group.capacity - (assignedByGroup.get(group.id) ?? 0)),
      })),
    viewerRegistration,
  };
}

export type EventPage = NonNullable<Awaited<ReturnType<typeof findEventPage>>>;

/** What the registration form starts with: the person's name and details from the last profile, if any. */
export async function registrationDefaults(userId: string) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      name: true,
      profile: {
        select: {
          displayName: true,
          organisationName: true,
          roleTitle: true,
          municipality: { select: { slug: true } },
          ...visibilitySelect,
        },
      },
    },
  });
  const profile = user?.profile;
  // Registering again must not quietly change what the person already shows in the directory.
  const visibilities = profile ? visibilitiesOf(profile) : null;
  return {
    name: profile?.displayName ?? user?.name ?? "",
    organisationName: profile?.organisationName ?? "",
    role: profile?.roleTitle ?? "",
    municipality: profile?.municipality?.slug ?? "",
    directory: {
      displayName: visibilities?.displayName ?? "nobody",
      organisation: visibilities?.organisation ?? "nobody",
      roleTitle: visibilities?.roleTitle ?? "nobody",
      municipality: visibilities?.municipality ?? "nobody",
      topics: visibilities?.topics ?? "nobody",
    },
  };
}
