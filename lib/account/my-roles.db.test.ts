import { loadMyRoles } from "@/lib/account/my-roles";
import { prisma } from "@/lib/db";
import { actorFor, makeMembership, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

const DAY_MS = 86_400_000;
let sequence = 0;

async function makeEvent(title: string, startsInDays: number, status = "published") {
  const startsAt = new Date(Date.now() + startsInDays * DAY_MS);
  return prisma.event.create({
    data: {
      slug: `event-${++sequence}`,
      title,
      description: "Test",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
      venueName: "Stadthalle",
      venueAddress: "Musterstraße 1, 33330 Gütersloh",
      capacity: 10,
      registrationOpensAt: new Date(Date.now() - 60 * DAY_MS),
      registrationClosesAt: startsAt,
      status,
    },
  });
}

async function register(eventId: string, userId: string, status: string) {
  await prisma.registration.create({ data: { eventId, userId, sequence: ++sequence, status, name: "Erika" } });
}

test("a person with no role has none", async () => {
  const user = await makeUser();
  expect(await loadMyRoles(await actorFor(user.id))).toEqual({
    isAdmin: false,
    organisationCount: 0,
    upcomingRegistrationCount: 0,
    hasNetworkProfile: false,
    upcomingRegistrations: [],
    networkProfileId: null,
  });
});

test("counts organisations and the network profile, and lists upcoming registrations soonest first", async () => {
  const [user, someoneElse] = [await makeUser({ isAdmin: true }), await makeUser()];
  await makeMembership(user.id, (await makeOrganisation()).id, "editor");
  const profile = await prisma.profile.create({ data: { userId: user.id, displayName: "Erika" } });
  const later = await makeEvent("Konferenz Herbst", 60);
  const sooner = await makeEvent("Konferenz Sommer", 10);
  const past = await makeEvent("Konferenz Frühjahr", -30);
  const cancelledByMe = await makeEvent("Fachtag", 20);
  const cancelledEvent = await makeEvent("Abgesagt", 30, "cancelled");
  const notMine = await makeEvent("Andere Konferenz", 5);
  await register(later.id, user.id, "waitlisted");
  await register(sooner.id, user.id, "confirmed");
  await register(past.id, user.id, "confirmed");
  await register(cancelledByMe.id, user.id, "cancelled");
  await register(cancelledEvent.id, user.id, "confirmed");
  await register(notMine.id, someoneElse.id, "confirmed");

  const roles = await loadMyRoles(await actorFor(user.id));
  expect(roles).toMatchObject({
    isAdmin: true,
    organisationCount: 1,
    upcomingRegistrationCount: 2,
    hasNetworkProfile: true,
    networkProfileId: profile.id,
  });
  expect(roles.upcomingRegistrations.map(({ eventTitle, status }) => [eventTitle, status])).toEqual([
    ["Konferenz Sommer", "confirmed"],
    ["Konferenz Herbst", "waitlisted"],
  ]);
});
