import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/result";
import { actorFor, makeUser, seedRegionForTest } from "@/tests/factories";
import { makeAttendee, makeEvent, makeProfile } from "@/tests/conference-factories";
import { resetDatabase } from "@/tests/setup/reset-database";
import { appointModerator, removeModerator } from "@/lib/working-groups/moderators";
import { getWorkingGroupSpace } from "@/lib/working-groups/queries";
import { linkTopicToRecommendation, setRecommendationStatus } from "@/lib/working-groups/recommendation-moderation";
import { postRecommendation } from "@/lib/working-groups/recommendation-mutations";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

async function refusal(work: Promise<unknown>) {
  return work.then(
    () => null,
    (error: unknown) => {
      if (!(error instanceof DomainError)) throw error;
      return { code: error.code, fieldErrors: error.fieldErrors };
    },
  );
}

async function makeGroups() {
  const event = await makeEvent();
  const [group, otherGroup] = event.workingGroups;
  if (!group || !otherGroup) throw new Error("The event needs two groups");
  const member = await makeAttendee(event.id, { groupId: group.id });
  const otherMember = await makeAttendee(event.id, { groupId: otherGroup.id });
  const admin = await actorFor((await makeUser({ isAdmin: true })).id);
  const recommendation = await postRecommendation(member.actor, group.id, {
    title: "Sprachkurse am Abend",
    text: "Mehr Sprachkurse nach Feierabend anbieten.",
  });
  const otherRecommendation = await postRecommendation(otherMember.actor, otherGroup.id, {
    title: "Lotsen stärken",
    text: "Ehrenamtliche Lotsen besser begleiten.",
  });
  return { event, group, otherGroup, member, otherMember, admin, recommendation, otherRecommendation };
}

const seats = () =>
  prisma.workingGroupModerator.findMany({ select: { workingGroupId: true, userId: true }, orderBy: { userId: "asc" } });

describe("appointing and removing", () => {
  test("only an admin appoints; a member or a signed-out caller is refused and nothing is written", async () => {
    const { group, member, otherMember } = await makeGroups();

    expect(await refusal(appointModerator(member.actor, group.id, { userId: otherMember.userId }))).toMatchObject({
      code: "forbidden",
    });
    expect(await refusal(appointModerator(null, group.id, { userId: otherMember.userId }))).toMatchObject({
      code: "unauthenticated",
    });
    expect(await seats()).toEqual([]);
    expect(await prisma.auditEvent.count({ where: { entityType: "working-group" } })).toBe(0);
  });

  test("an admin appoints an attendee of the event once, with an audit event, and removes them again", async () => {
    const { group, otherMember, admin } = await makeGroups();

    await appointModerator(admin, group.id, { userId: otherMember.userId });
    await appointModerator(admin, group.id, { userId: otherMember.userId });
    expect(await seats()).toEqual([{ workingGroupId: group.id, userId: otherMember.userId }]);

    expect(await refusal(removeModerator(otherMember.actor, group.id, { userId: otherMember.userId }))).toMatchObject({
      code: "forbidden",
    });
    await removeModerator(admin, group.id, { userId: otherMember.userId });
    await removeModerator(admin, group.id, { userId: otherMember.userId });
    expect(await seats()).toEqual([]);

    const email = (await prisma.user.findUniqueOrThrow({ where: { id: otherMember.userId } })).email;
    expect(
      await prisma.auditEvent.findMany({
        where: { entityType: "working-group", entityId: group.id },
        select: { actorId: true, action: true, summary: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([
      {
        actorId: admin.userId,
        action: "working-group.moderator-appointed",
        summary: `${email} moderiert die Arbeitsgruppe „${group.title}“`,
      },
      {
        actorId: admin.userId,
        action: "working-group.moderator-removed",
        summary: `${email} moderiert die Arbeitsgruppe „${group.title}“ nicht mehr`,
      },
    ]);
  });

  test("only people of the event can be appointed; an unknown group is not found", async () => {
    const { event, group, admin } = await makeGroups();
    const stranger = await makeUser();
    const cancelled = await makeAttendee(event.id, { status: "cancelled", groupId: group.id });

    for (const userId of [stranger.id, cancelled.userId, "no-such-user"])
      expect(await refusal(appointModerator(admin, group.id, { userId }))).toEqual({
        code: "invalid_input",
        fieldErrors: { userId: [{ key: "choose" }] },
      });
    expect(await refusal(appointModerator(admin, group.id, { userId: "" }))).toMatchObject({
      code: "invalid_input",
    });
    expect(await refusal(appointModerator(admin, "no-such-group", { userId: stranger.id }))).toMatchObject({
      code: "not_found",
    });
    expect(await seats()).toEqual([]);
  });
});

describe("moderating", () => {
  test("a moderator sets the status and links topics in their group, not in another", async () => {
    const { group, otherMember, member, admin, recommendation, otherRecommendation } = await makeGroups();
    await appointModerator(admin, group.id, { userId: otherMember.userId });

    await setRecommendationStatus(otherMember.actor, recommendation.id, { status: "adopted" });
    await linkTopicToRecommendation(otherMember.actor, recommendation.id, { topic: "arbeit-wirtschaft" });
    // Their own group's recommendation is another group's as far as moderating goes: they moderate only `group`.
    expect(
      await refusal(setRecommendationStatus(otherMember.actor, otherRecommendation.id, { status: "done" })),
    ).toMatchObject({ code: "forbidden" });
    expect(await refusal(setRecommendationStatus(member.actor, recommendation.id, { status: "done" }))).toMatchObject({
      code: "forbidden",
    });
    // An unknown id is refused the same way, so a refusal says nothing about what exists.
    expect(await refusal(setRecommendationStatus(otherMember.actor, "no-such-id", { status: "done" }))).toMatchObject({
      code: "forbidden",
    });

    const statuses = await prisma.recommendation.findMany({ select: { id: true, status: true } });
    expect(new Map(statuses.map((r) => [r.id, r.status]))).toEqual(
      new Map([
        [recommendation.id, "adopted"],
        [otherRecommendation.id, "proposed"],
      ]),
    );
    expect(
      await prisma.auditEvent.findMany({
        where: { entityId: recommendation.id, action: "recommendation.status-changed" },
        select: { actorId: true },
      }),
    ).toEqual([{ actorId: otherMember.userId }]);
  });

  test("a removed moderator cannot moderate any more", async () => {
    const { group, otherMember, admin, recommendation } = await makeGroups();
    await appointModerator(admin, group.id, { userId: otherMember.userId });
    await removeModerator(admin, group.id, { userId: otherMember.userId });
    expect(
      await refusal(setRecommendationStatus(otherMember.actor, recommendation.id, { status: "adopted" })),
    ).toMatchObject({ code: "forbidden" });
  });
});

describe("the space", () => {
  test("shows the moderators to every reader by the naming rule, and admins whom they may appoint", async () => {
    const { event, group, member, otherMember, admin } = await makeGroups();
    await makeProfile(otherMember.userId, { displayName: "Mira Moderatorin", displayNameVisibility: "attendees" });
    const hidden = await makeAttendee(event.id, { groupId: group.id, name: "Verborgen Person" });
    await appointModerator(admin, group.id, { userId: otherMember.userId });
    await appointModerator(admin, group.id, { userId: hidden.userId });

    const forMember = await getWorkingGroupSpace(member.actor, group.id, "de");
    expect(forMember.moderators.map((m) => [m.name, m.adminLabel])).toEqual([
      ["Mira Moderatorin", null],
      [null, null],
    ]);
    expect(forMember.moderatorCandidates).toEqual([]);

    const forModerator = await getWorkingGroupSpace(otherMember.actor, group.id, "de");
    expect(forModerator.viewer).toMatchObject({ canModerate: true, canContribute: false });
    expect(forModerator.topicOptions.length).toBeGreaterThan(0);

    const forAdmin = await getWorkingGroupSpace(admin, group.id, "de");
    const hiddenEmail = (await prisma.user.findUniqueOrThrow({ where: { id: hidden.userId } })).email;
    expect(forAdmin.moderators[1]).toEqual({
      userId: hidden.userId,
      name: null,
      adminLabel: `Verborgen Person (${hiddenEmail})`,
    });
    expect(forAdmin.moderatorCandidates.map((c) => c.userId)).toEqual([member.userId]);
  });
});
