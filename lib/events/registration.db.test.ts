import { deleteAccount } from "@/lib/account/mutations";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import {
  cancelRegistration,
  isSequenceConflict,
  moveRegistrationToGroup,
  registerForEvent,
} from "@/lib/events/registration";
import { DAY_MS } from "@/lib/offers/freshness";
import { actorFor, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

type EventOptions = { capacity?: number; groupCapacity?: number; hasWaitlist?: boolean; groups?: number };

/** A published event with open registration and one working group per seeded topic (or the first `groups`). */
async function makeOpenEvent(options: EventOptions = {}) {
  const topics = await prisma.topic.findMany({ orderBy: { sortOrder: "asc" }, take: options.groups ?? 6 });
  const now = Date.now();
  return prisma.event.create({
    data: {
      slug: `konferenz-${now}-${Math.random().toString(36).slice(2, 8)}`,
      title: "Integrationskonferenz",
      description: "Test",
      startsAt: new Date(now + 30 * DAY_MS),
      endsAt: new Date(now + 30 * DAY_MS + 8 * 3_600_000),
      venueName: "Stadthalle",
      venueAddress: "Musterstraße 1, 33330 Gütersloh",
      capacity: options.capacity ?? 100,
      hasWaitlist: options.hasWaitlist ?? true,
      registrationOpensAt: new Date(now - DAY_MS),
      registrationClosesAt: new Date(now + 14 * DAY_MS),
      status: "published",
      workingGroups: {
        create: topics.map((topic) => ({
          slug: topic.slug,
          title: `AG ${topic.slug}`,
          topicId: topic.id,
          capacity: options.groupCapacity ?? 20,
        })),
      },
    },
    include: { workingGroups: { orderBy: { slug: "asc" } } },
  });
}

/** Many people at once: created in one statement, with the actor the session would build. */
async function makePeople(count: number, prefix = "p"): Promise<Actor[]> {
  const run = Math.random().toString(36).slice(2, 8);
  const emails = Array.from({ length: count }, (_, i) => `${prefix}-${run}-${i}@example.org`);
  await prisma.user.createMany({ data: emails.map((email) => ({ email })) });
  const users = await prisma.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  return users.map((user) => ({ userId: user.id, email: user.email, isAdmin: false, roleByOrganisationId: {} }));
}

const form = (firstChoice?: string, overrides: Record<string, unknown> = {}) => ({
  name: "Ada Beispiel",
  firstChoice: firstChoice ?? "",
  ...overrides,
});

describe("capacity under concurrency", () => {
  // The acceptance test: 500 simultaneous registrations for 100 places, 20 times over.
  test.each(Array.from({ length: 20 }, (_, run) => run + 1))(
    "run %i: 500 at once for 100 places give 100 confirmed and 400 waiting, numbered 1…400",
    async () => {
      const event = await makeOpenEvent({ capacity: 100, groupCapacity: 20 });
      const people = await makePeople(500);
      const groups = event.workingGroups;
      const outcomes = await Promise.all(
        people.map((actor, i) =>
          registerForEvent(
            actor,
            event.id,
            form(groups[i % groups.length]!.id, { secondChoice: groups[(i + 1) % 6]!.id }),
          ),
        ),
      );

      const rows = await prisma.registration.findMany({ where: { eventId: event.id }, orderBy: { sequence: "asc" } });
      expect(rows.filter((r) => r.status === "confirmed")).toHaveLength(100);
      expect(rows.filter((r) => r.status === "waitlisted")).toHaveLength(400);
      expect(rows.map((r) => r.sequence)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
      // The first 100 in registration order hold the places.
      expect(rows.slice(0, 100).every((r) => r.status === "confirmed")).toBe(true);

      const positions = outcomes.flatMap((o) => (o.waitlistPosition === null ? [] : [o.waitlistPosition]));
      expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));

      for (const group of groups) {
        const assigned = rows.filter((r) => r.assignedGroupId === group.id && r.groupStatus === "assigned");
        expect(assigned.length).toBeLessThanOrEqual(group.capacity);
      }
      expect(rows.filter((r) => r.status === "waitlisted" && r.assignedGroupId !== null)).toHaveLength(0);
    },
  );
});

describe("the waiting list", () => {
  test("a cancellation moves the first waiting person up and mails them", async () => {
    const event = await makeOpenEvent({ capacity: 2 });
    const [a, b, c, d] = await makePeople(4);
    const group = event.workingGroups[0]!.id;
    const first = await registerForEvent(a!, event.id, form(group));
    await registerForEvent(b!, event.id, form(group));
    const third = await registerForEvent(c!, event.id, form(group));
    const fourth = await registerForEvent(d!, event.id, form(group));
    expect([third.status, third.waitlistPosition]).toEqual(["waitlisted", 1]);
    expect([fourth.status, fourth.waitlistPosition]).toEqual(["waitlisted", 2]);

    await prisma.devMail.deleteMany();
    await cancelRegistration(a!, first.registrationId);

    const byUser = async (actor: Actor) =>
      prisma.registration.findUniqueOrThrow({ where: { eventId_userId: { eventId: event.id, userId: actor.userId } } });
    expect((await byUser(a!)).status).toBe("cancelled");
    expect(await byUser(c!)).toMatchObject({ status: "confirmed", assignedGroupId: group, groupStatus: "assigned" });
    expect((await byUser(d!)).status).toBe("waitlisted");
    expect(await prisma.registration.count({ where: { eventId: event.id, status: "confirmed" } })).toBe(2);
    const mails = await prisma.devMail.findMany();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: c!.email, subject: expect.stringContaining("nachgerückt") });
  });

  test("cancelling twice or someone else's registration changes nothing", async () => {
    const event = await makeOpenEvent({ capacity: 1 });
    const [a, b] = await makePeople(2);
    const own = await registerForEvent(a!, event.id, form(event.workingGroups[0]!.id));
    await registerForEvent(b!, event.id, form(event.workingGroups[0]!.id));
    await expect(cancelRegistration(b!, own.registrationId)).rejects.toMatchObject({ code: "not_found" });
    await cancelRegistration(a!, own.registrationId);
    await cancelRegistration(a!, own.registrationId);
    expect(await prisma.registration.count({ where: { eventId: event.id, status: "confirmed" } })).toBe(1);
  });

  test("without a waiting list a full event refuses and writes nothing", async () => {
    const event = await makeOpenEvent({ capacity: 1, hasWaitlist: false });
    const [a, b] = await makePeople(2);
    await registerForEvent(a!, event.id, form(event.workingGroups[0]!.id));
    await expect(registerForEvent(b!, event.id, form(event.workingGroups[0]!.id))).rejects.toMatchObject({
      code: "conflict",
      messageKey: "eventFull",
    });
    expect(await prisma.registration.count({ where: { eventId: event.id } })).toBe(1);
  });

  test("a person registers once; after cancelling they may register again, at the end of the line", async () => {
    const event = await makeOpenEvent({ capacity: 1 });
    const [a, b] = await makePeople(2);
    const group = event.workingGroups[0]!.id;
    const first = await registerForEvent(a!, event.id, form(group));
    await expect(registerForEvent(a!, event.id, form(group))).rejects.toMatchObject({
      messageKey: "alreadyRegistered",
    });
    await registerForEvent(b!, event.id, form(group));
    await cancelRegistration(a!, first.registrationId);
    const again = await registerForEvent(a!, event.id, form(group));
    expect(again).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });
    expect(again.registrationId).toBe(first.registrationId);
  });
});

describe("the registration window", () => {
  test.each([
    ["after the deadline", { registrationClosesAt: new Date(Date.now() - 1_000) }, "registrationClosed"],
    ["before it opens", { registrationOpensAt: new Date(Date.now() + DAY_MS) }, "registrationNotOpen"],
  ])("%s registration is refused and nothing is written", async (_name, window, messageKey) => {
    const event = await makeOpenEvent();
    await prisma.event.update({ where: { id: event.id }, data: window });
    const [a] = await makePeople(1);
    await expect(registerForEvent(a!, event.id, form(event.workingGroups[0]!.id))).rejects.toMatchObject({
      code: "conflict",
      messageKey,
    });
    expect(await prisma.registration.count()).toBe(0);
    expect(await prisma.profile.count()).toBe(0);
  });

  test.each(["draft", "cancelled"])("a %s event cannot be registered for", async (status) => {
    const event = await makeOpenEvent();
    await prisma.event.update({ where: { id: event.id }, data: { status } });
    const [a] = await makePeople(1);
    await expect(registerForEvent(a!, event.id, form(event.workingGroups[0]!.id))).rejects.toMatchObject({
      code: "not_found",
    });
  });

  test("a signed-out client cannot register", async () => {
    const event = await makeOpenEvent();
    await expect(registerForEvent(null, event.id, form(event.workingGroups[0]!.id))).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });
});

describe("working groups", () => {
  test("first choice while it has places, then second choice, then the first choice's waiting list", async () => {
    const event = await makeOpenEvent({ groupCapacity: 1 });
    const [x, y] = event.workingGroups;
    const [a, b, c] = await makePeople(3);
    expect((await registerForEvent(a!, event.id, form(x!.id, { secondChoice: y!.id }))).group).toEqual({
      title: x!.title,
      status: "assigned",
    });
    expect((await registerForEvent(b!, event.id, form(x!.id, { secondChoice: y!.id }))).group).toEqual({
      title: y!.title,
      status: "assigned",
    });
    expect((await registerForEvent(c!, event.id, form(x!.id, { secondChoice: y!.id }))).group).toEqual({
      title: x!.title,
      status: "waitlisted",
    });
  });

  test("a freed group place goes to the group's waiting list before anyone else", async () => {
    const event = await makeOpenEvent({ groupCapacity: 1 });
    const [x] = event.workingGroups;
    const [a, b] = await makePeople(2);
    const first = await registerForEvent(a!, event.id, form(x!.id));
    await registerForEvent(b!, event.id, form(x!.id));
    await cancelRegistration(a!, first.registrationId);
    const moved = await prisma.registration.findUniqueOrThrow({
      where: { eventId_userId: { eventId: event.id, userId: b!.userId } },
    });
    expect(moved).toMatchObject({ assignedGroupId: x!.id, groupStatus: "assigned" });
  });

  test("the second choice must differ and both must belong to the event", async () => {
    const event = await makeOpenEvent();
    const other = await makeOpenEvent();
    const [a] = await makePeople(1);
    const g = event.workingGroups[0]!.id;
    await expect(registerForEvent(a!, event.id, form(g, { secondChoice: g }))).rejects.toMatchObject({
      fieldErrors: { secondChoice: [{ key: "secondChoiceDiffers" }] },
    });
    await expect(registerForEvent(a!, event.id, form(other.workingGroups[0]!.id))).rejects.toMatchObject({
      fieldErrors: { firstChoice: [{ key: "choose" }] },
    });
    await expect(registerForEvent(a!, event.id, form(""))).rejects.toMatchObject({
      fieldErrors: { firstChoice: [{ key: "choose" }] },
    });
  });

  test("an admin moves a person with a recorded reason; a full group refuses; others may not move", async () => {
    const event = await makeOpenEvent({ groupCapacity: 1 });
    const [x, y] = event.workingGroups;
    const [a, b, c] = await makePeople(3);
    const admin = await actorFor((await makeUser({ isAdmin: true })).id);
    const movedPerson = await registerForEvent(a!, event.id, form(x!.id));
    await registerForEvent(b!, event.id, form(y!.id));
    await registerForEvent(c!, event.id, form(x!.id)); // waits for x

    await expect(
      moveRegistrationToGroup(a!, movedPerson.registrationId, { groupId: y!.id, reason: "Wunsch" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      moveRegistrationToGroup(admin, movedPerson.registrationId, { groupId: y!.id, reason: "Wunsch" }),
    ).rejects.toMatchObject({ messageKey: "groupFull" });
    await expect(
      moveRegistrationToGroup(admin, movedPerson.registrationId, { groupId: y!.id, reason: "" }),
    ).rejects.toMatchObject({ fieldErrors: { reason: expect.any(Array) } });

    await prisma.workingGroup.update({ where: { id: y!.id }, data: { capacity: 2 } });
    await moveRegistrationToGroup(admin, movedPerson.registrationId, { groupId: y!.id, reason: "Dolmetscht für AG" });
    expect(await prisma.registration.findUniqueOrThrow({ where: { id: movedPerson.registrationId } })).toMatchObject({
      assignedGroupId: y!.id,
      groupStatus: "assigned",
      assignmentReason: "Dolmetscht für AG",
    });
    // The place A left in x goes to C, who was waiting for it.
    expect(
      await prisma.registration.findUniqueOrThrow({
        where: { eventId_userId: { eventId: event.id, userId: c!.userId } },
      }),
    ).toMatchObject({ assignedGroupId: x!.id, groupStatus: "assigned" });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "registration.group-moved" } });
    expect(audit.summary).toContain("Dolmetscht für AG");
  });
});

describe("the directory consent given at registration", () => {
  test("nothing is visible unless chosen per field; the profile is visible until eight weeks after the event", async () => {
    const event = await makeOpenEvent();
    const [a, b] = await makePeople(2);
    await registerForEvent(a!, event.id, form(event.workingGroups[0]!.id, { organisationName: "Caritas" }));
    expect(await prisma.profile.findUniqueOrThrow({ where: { userId: a!.userId } })).toMatchObject({
      displayNameVisibility: "nobody",
      organisationVisibility: "nobody",
      topicsVisibility: "nobody",
      consentedAt: null,
    });

    await registerForEvent(
      b!,
      event.id,
      form(event.workingGroups[0]!.id, { directory: { displayName: "attendees", topics: "public" } }),
    );
    const profile = await prisma.profile.findUniqueOrThrow({
      where: { userId: b!.userId },
      include: { topics: true },
    });
    expect(profile).toMatchObject({ displayNameVisibility: "attendees", topicsVisibility: "public" });
    expect(profile.organisationVisibility).toBe("nobody");
    expect(profile.consentedAt).not.toBeNull();
    expect(profile.visibleUntil!.getTime()).toBe(event.endsAt.getTime() + 56 * DAY_MS);
    expect(profile.topics.map((t) => t.topicId)).toEqual([event.workingGroups[0]!.topicId]);
  });

  test("a registration mail confirms the place, or names the waiting-list position", async () => {
    const event = await makeOpenEvent({ capacity: 1 });
    const [a, b] = await makePeople(2);
    await registerForEvent(a!, event.id, form(event.workingGroups[0]!.id));
    await registerForEvent(b!, event.id, form(event.workingGroups[0]!.id));
    expect(await prisma.devMail.findFirstOrThrow({ where: { to: a!.email } })).toMatchObject({
      subject: expect.stringContaining("bestätigt"),
    });
    expect((await prisma.devMail.findFirstOrThrow({ where: { to: b!.email } })).text).toContain("Platz 1");
  });
});

describe("a race across processes", () => {
  // Two processes that read the same last sequence number collide on the unique (eventId, sequence); the
  // registration recognises that error and tries again instead of failing.
  test("the unique sequence error is recognised as the retryable conflict", async () => {
    const event = await makeOpenEvent();
    const [a, b] = await makePeople(2);
    await prisma.registration.create({
      data: { eventId: event.id, userId: a!.userId, sequence: 1, status: "confirmed", name: "A" },
    });
    const error = await prisma.registration
      .create({ data: { eventId: event.id, userId: b!.userId, sequence: 1, status: "confirmed", name: "B" } })
      .catch((caught: unknown) => caught);
    expect(isSequenceConflict(error)).toBe(true);
    const other = await prisma.registration
      .create({ data: { eventId: event.id, userId: a!.userId, sequence: 2, status: "confirmed", name: "A" } })
      .catch((caught: unknown) => caught);
    expect(isSequenceConflict(other)).toBe(false);
  });
});

describe("places freed outside a cancellation", () => {
  test("a deleted account's place goes to the first person waiting, who is mailed", async () => {
    const event = await makeOpenEvent({ capacity: 1 });
    const leaving = await makeUser({ email: `geht-${Date.now()}@example.org` });
    const leavingActor = await actorFor(leaving.id);
    const [waiting] = await makePeople(1);
    await registerForEvent(leavingActor, event.id, form(event.workingGroups[0]!.id));
    await registerForEvent(waiting!, event.id, form(event.workingGroups[0]!.id));
    await prisma.devMail.deleteMany();
    await deleteAccount(leavingActor, { confirmation: leaving.email });
    expect(
      await prisma.registration.findUniqueOrThrow({
        where: { eventId_userId: { eventId: event.id, userId: waiting!.userId } },
      }),
    ).toMatchObject({ status: "confirmed", groupStatus: "assigned" });
    expect(await prisma.devMail.count({ where: { to: waiting!.email } })).toBe(1);
  });

  test("a new registration never overtakes people already waiting", async () => {
    const event = await makeOpenEvent({ capacity: 2 });
    const [first, second, late] = await makePeople(3);
    await registerForEvent(first!, event.id, form(event.workingGroups[0]!.id));
    await registerForEvent(second!, event.id, form(event.workingGroups[0]!.id));
    // A place is free while someone waits (e.g. written by another process in between): the waiting list wins.
    await prisma.event.update({ where: { id: event.id }, data: { capacity: 1 } });
    await prisma.registration.updateMany({ where: { userId: second!.userId }, data: { status: "waitlisted" } });
    await prisma.event.update({ where: { id: event.id }, data: { capacity: 2 } });
    expect((await registerForEvent(late!, event.id, form(event.workingGroups[0]!.id))).status).toBe("waitlisted");
  });
});
