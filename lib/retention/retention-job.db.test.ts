import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { DAY_MS } from "@/lib/offers/freshness";
import { runRetentionJob } from "@/lib/retention/retention-job";
import { makeEvent, makeProfile, makeRegistration } from "@/tests/conference-factories";
import { makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

const NOW = new Date();
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
const N = env.REGISTRATION_RETENTION_DAYS;

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

/** An event that ended at `endsAt` (a working day long). */
const eventEnded = (endsAt: Date) => makeEvent({ startsAt: new Date(endsAt.getTime() - 8 * 3_600_000), endsAt });

let sequence = 0;

/** A registration with every personal field filled, so anonymisation has something to clear. */
async function register(
  event: Awaited<ReturnType<typeof eventEnded>>,
  status: "confirmed" | "waitlisted" | "cancelled",
  keepsGroup = false,
) {
  const user = await makeUser();
  const municipality = await prisma.municipality.findUniqueOrThrow({ where: { slug: "verl" } });
  const groupId = event.workingGroups[0]!.id;
  const registration = await prisma.registration.create({
    data: {
      eventId: event.id,
      userId: user.id,
      sequence: ++sequence,
      status,
      name: "Erika Beispiel",
      organisationName: "Nachbarschaftshilfe Verl",
      municipalityId: municipality.id,
      role: "Ehrenamt",
      accessibilityNeeds: "Rollstuhl",
      firstChoiceId: groupId,
      secondChoiceId: groupId,
      assignedGroupId: groupId,
      groupStatus: "assigned",
      assignmentReason: "Von der Verwaltung verschoben",
      keepsGroup,
      checkedInAt: status === "confirmed" ? daysAgo(N + 1) : null,
      cancelledAt: status === "cancelled" ? daysAgo(N + 2) : null,
    },
    select: { id: true, userId: true },
  });
  return registration;
}

/** One registration of each kind: cancelled, waitlisted, confirmed, confirmed and keeping the group. */
async function eventWithEveryKind(endsAt: Date) {
  const event = await eventEnded(endsAt);
  return {
    event,
    cancelled: await register(event, "cancelled"),
    waitlisted: await register(event, "waitlisted", true),
    confirmed: await register(event, "confirmed"),
    keeper: await register(event, "confirmed", true),
  };
}

test("deletes cancelled, waitlisted and confirmed registrations of an event that ended N+1 days ago, except those keeping the group", async () => {
  const { event, keeper } = await eventWithEveryKind(daysAgo(N + 1));

  const run = await runRetentionJob(NOW);

  expect(run).toEqual({ events: 1, deletedRegistrations: 3, anonymisedRegistrations: 1, deletedProfiles: 0 });
  expect(await prisma.registration.findMany({ where: { eventId: event.id }, select: { id: true } })).toEqual([
    { id: keeper.id },
  ]);
});

test("an anonymised registration keeps only its working-group membership and no personal field", async () => {
  const { event, keeper } = await eventWithEveryKind(daysAgo(N + 1));

  await runRetentionJob(NOW);

  const stored = await prisma.registration.findUniqueOrThrow({ where: { id: keeper.id } });
  expect(stored).toMatchObject({
    name: "",
    organisationName: null,
    municipalityId: null,
    role: null,
    accessibilityNeeds: null,
    checkedInAt: null,
    firstChoiceId: null,
    secondChoiceId: null,
    assignmentReason: null,
    anonymisedAt: NOW,
    // what makes the person a member of the working-group space
    userId: keeper.userId,
    status: "confirmed",
    assignedGroupId: event.workingGroups[0]!.id,
    groupStatus: "assigned",
    keepsGroup: true,
  });
  expect(JSON.stringify(stored)).not.toMatch(/Erika|Nachbarschaftshilfe|Ehrenamt|Rollstuhl|verschoben/);
});

test("never touches an event that ended N-1 days ago", async () => {
  const { event } = await eventWithEveryKind(daysAgo(N - 1));
  const before = await prisma.registration.findMany({ where: { eventId: event.id }, orderBy: { id: "asc" } });

  expect(await runRetentionJob(NOW)).toEqual({
    events: 0,
    deletedRegistrations: 0,
    anonymisedRegistrations: 0,
    deletedProfiles: 0,
  });
  expect(await prisma.registration.findMany({ where: { eventId: event.id }, orderBy: { id: "asc" } })).toEqual(before);
  expect(await prisma.auditEvent.count()).toBe(0);
});

test("records one audit event per event with the counts, in German", async () => {
  const { event } = await eventWithEveryKind(daysAgo(N + 1));
  const other = await eventEnded(daysAgo(N + 30));
  await register(other, "confirmed");

  await runRetentionJob(NOW);

  const audits = await prisma.auditEvent.findMany({
    select: { actorId: true, entityType: true, entityId: true, summary: true },
  });
  expect(audits).toHaveLength(2);
  expect(audits).toContainEqual({
    actorId: null,
    entityType: "event",
    entityId: event.id,
    summary: expect.stringMatching(/^Aufbewahrungsfrist .*: 3 Anmeldungen gelöscht, 1 anonymisiert$/),
  });
  expect(audits).toContainEqual(
    expect.objectContaining({ entityId: other.id, summary: expect.stringMatching(/1 Anmeldung gelöscht, 0 anonym/) }),
  );
});

test("a second run changes nothing", async () => {
  const { event } = await eventWithEveryKind(daysAgo(N + 1));
  await runRetentionJob(NOW);
  const after = await prisma.registration.findMany({ where: { eventId: event.id } });

  const later = new Date(NOW.getTime() + DAY_MS);
  expect(await runRetentionJob(later)).toEqual({
    events: 0,
    deletedRegistrations: 0,
    anonymisedRegistrations: 0,
    deletedProfiles: 0,
  });
  expect(await prisma.registration.findMany({ where: { eventId: event.id } })).toEqual(after);
  expect(await prisma.auditEvent.count()).toBe(1);
});

describe("directory profiles", () => {
  async function profile(visibleUntil: Date | null) {
    const user = await makeUser();
    return makeProfile(user.id, { visibleUntil, topicSlugs: ["sprache-bildung"] });
  }

  test("a profile whose visibility ended more than N days ago is deleted with its topics", async () => {
    const expired = await profile(daysAgo(N + 1));
    expect(await prisma.profileTopic.count()).toBe(1);

    expect(await runRetentionJob(NOW)).toMatchObject({ deletedProfiles: 1 });
    expect(await prisma.profile.count({ where: { id: expired.id } })).toBe(0);
    expect(await prisma.profileTopic.count()).toBe(0);
    expect(await prisma.user.count({ where: { id: expired.userId } })).toBe(1);
    expect(await prisma.auditEvent.findMany({ select: { entityType: true, entityId: true } })).toEqual([
      { entityType: "profile", entityId: expired.id },
    ]);
    expect(await runRetentionJob(NOW)).toMatchObject({ deletedProfiles: 0 });
  });

  test("profiles still visible, renewed, without an expiry or ended less than N days ago stay", async () => {
    const kept = [await profile(daysAgo(N - 1)), await profile(new Date(NOW.getTime() + DAY_MS)), await profile(null)];

    expect(await runRetentionJob(NOW)).toMatchObject({ deletedProfiles: 0 });
    expect(await prisma.profile.count()).toBe(kept.length);
  });

  test("a person registered for an event that has not ended keeps the profile; a cancelled registration does not count", async () => {
    const registered = await profile(daysAgo(N + 1));
    const cancelled = await profile(daysAgo(N + 1));
    const coming = await eventEnded(new Date(NOW.getTime() + 30 * DAY_MS));
    await makeRegistration(coming.id, registered.userId, { status: "waitlisted" });
    await makeRegistration(coming.id, cancelled.userId, { status: "cancelled" });

    expect(await runRetentionJob(NOW)).toMatchObject({ deletedProfiles: 1 });
    expect(await prisma.profile.findMany({ select: { id: true } })).toEqual([{ id: registered.id }]);
  });
});
