import "server-only";
import type { PersonRoles } from "@/lib/account/home-for";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

// The roles of the signed-in person, read for that person only: it takes the actor, never a user id from input.

export type MyRegistration = {
  eventSlug: string;
  eventTitle: string;
  startsAt: Date;
  status: "confirmed" | "waitlisted";
};

export type MyRoles = PersonRoles & { upcomingRegistrations: MyRegistration[]; networkProfileId: string | null };

export async function loadMyRoles(actor: Actor, now = new Date()): Promise<MyRoles> {
  const [registrations, profile] = await Promise.all([
    prisma.registration.findMany({
      where: {
        userId: actor.userId,
        status: { in: ["confirmed", "waitlisted"] },
        event: { status: "published", endsAt: { gte: now } },
      },
      select: { status: true, event: { select: { slug: true, title: true, startsAt: true } } },
      orderBy: { event: { startsAt: "asc" } },
    }),
    prisma.profile.findUnique({ where: { userId: actor.userId }, select: { id: true } }),
  ]);
  const upcomingRegistrations = registrations.map(({ status, event }) => ({
    eventSlug: event.slug,
    eventTitle: event.title,
    startsAt: event.startsAt,
    status: status === "waitlisted" ? ("waitlisted" as const) : ("confirmed" as const),
  }));
  return {
    isAdmin: actor.isAdmin,
    organisationCount: Object.keys(actor.roleByOrganisationId).length,
    upcomingRegistrationCount: upcomingRegistrations.length,
    hasNetworkProfile: profile !== null,
    upcomingRegistrations,
    networkProfileId: profile?.id ?? null,
  };
}
