import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { actorFor, makeUser } from "@/tests/factories";
import { makeAttendee, makeEvent } from "@/tests/conference-factories";
import { resetDatabase } from "@/tests/setup/reset-database";
import { getWorkingGroupSpace } from "@/lib/working-groups/queries";
import { setRecommendationStatus } from "@/lib/working-groups/recommendation-moderation";
import {
  postRecommendation,
  setRecommendationVote,
  updateRecommendation,
} from "@/lib/working-groups/recommendation-mutations";
import { DomainError } from "@/lib/result";

// Who may read, post, edit, vote and moderate in a working-group space. The edited recommendation is the
// member's own. Refusals must leave the board exactly as it was.

beforeEach(resetDatabase);

const roles = [
  "admin",
  "member",
  "attendeeOfAnotherGroup",
  "waitlistedAttendee",
  "onTheGroupsWaitingList",
  "cancelledAttendee",
  "keptMember",
  "keptMemberOfAnotherGroup",
  "moderator",
  "moderatorOfAnotherGroup",
  "signedInStranger",
  "signedOut",
] as const;
type Role = (typeof roles)[number];
const operations = ["read", "post", "edit", "vote", "moderate"] as const;
type Operation = (typeof operations)[number];
type Outcome = "ok" | "forbidden" | "not_found" | "unauthenticated";

const readerWithoutRights: Record<Operation, Outcome> = {
  read: "ok",
  post: "forbidden",
  edit: "forbidden",
  vote: "forbidden",
  moderate: "forbidden",
};
const outsider: Record<Operation, Outcome> = {
  read: "not_found",
  post: "not_found",
  edit: "not_found",
  vote: "not_found",
  // The moderation permission is checked before anything is loaded, so this says nothing about existence.
  moderate: "forbidden",
};
const expected: Record<Role, Record<Operation, Outcome>> = {
  admin: { read: "ok", post: "ok", edit: "ok", vote: "ok", moderate: "ok" },
  member: { read: "ok", post: "ok", edit: "ok", vote: "ok", moderate: "forbidden" },
  attendeeOfAnotherGroup: readerWithoutRights,
  waitlistedAttendee: readerWithoutRights,
  onTheGroupsWaitingList: readerWithoutRights,
  cancelledAttendee: outsider,
  // Kept the group past the retention period: a WorkingGroupMember, no registration any more. Edits only their
  // own recommendations (the edited one is the member's).
  keptMember: { read: "ok", post: "ok", edit: "forbidden", vote: "ok", moderate: "forbidden" },
  // Their registration, which opened every group of the event, is gone: only their own group stays open.
  keptMemberOfAnotherGroup: outsider,
  // An attendee of another group whom an admin appointed to moderate this one: moderates, does not contribute.
  moderator: { read: "ok", post: "forbidden", edit: "forbidden", vote: "forbidden", moderate: "ok" },
  // A member of this group who moderates another one: a member here, and no moderator.
  moderatorOfAnotherGroup: { read: "ok", post: "ok", edit: "forbidden", vote: "ok", moderate: "forbidden" },
  signedInStranger: outsider,
  signedOut: {
    read: "unauthenticated",
    post: "unauthenticated",
    edit: "unauthenticated",
    vote: "unauthenticated",
    moderate: "unauthenticated",
  },
};

/** A person whose registration the retention job cleared and who kept the group. */
async function keptMemberOf(workingGroupId: string): Promise<Actor> {
  const user = await makeUser();
  await prisma.workingGroupMember.create({ data: { workingGroupId, userId: user.id } });
  return actorFor(user.id);
}

/** The actor, appointed to moderate the group (as appointModerator stores it). */
async function moderatorOf(workingGroupId: string, actor: Actor): Promise<Actor> {
  await prisma.workingGroupModerator.create({ data: { workingGroupId, userId: actor.userId } });
  return actor;
}

async function makeCast() {
  const event = await makeEvent();
  const [group, otherGroup] = event.workingGroups;
  if (!group || !otherGroup) throw new Error("The event needs two groups");
  const member = await makeAttendee(event.id, { groupId: group.id });
  const actors: Record<Role, Actor | null> = {
    admin: await actorFor((await makeUser({ isAdmin: true })).id),
    member: member.actor,
    attendeeOfAnotherGroup: (await makeAttendee(event.id, { groupId: otherGroup.id })).actor,
    // On the event's waiting list, with the group as their choice: not yet a member.
    waitlistedAttendee: (
      await makeAttendee(event.id, { status: "waitlisted", groupId: group.id, groupStatus: "waitlisted" })
    ).actor,
    onTheGroupsWaitingList: (await makeAttendee(event.id, { groupId: group.id, groupStatus: "waitlisted" })).actor,
    cancelledAttendee: (await makeAttendee(event.id, { status: "cancelled", groupId: group.id })).actor,
    keptMember: await keptMemberOf(group.id),
    keptMemberOfAnotherGroup: await keptMemberOf(otherGroup.id),
    moderator: await moderatorOf(group.id, (await makeAttendee(event.id, { groupId: otherGroup.id })).actor),
    moderatorOfAnotherGroup: await moderatorOf(
      otherGroup.id,
      (await makeAttendee(event.id, { groupId: group.id })).actor,
    ),
    signedInStranger: await actorFor((await makeUser()).id),
    signedOut: null,
  };
  const recommendation = await postRecommendation(member.actor, group.id, {
    title: "Sprachkurse am Abend",
    text: "Mehr Sprachkurse nach Feierabend anbieten, auch mit Kinderbetreuung.",
  });
  return { actors, groupId: group.id, recommendationId: recommendation.id };
}

type Cast = Awaited<ReturnType<typeof makeCast>>;

const run: Record<Operation, (actor: Actor | null, cast: Cast) => Promise<unknown>> = {
  read: (actor, cast) => getWorkingGroupSpace(actor, cast.groupId, "de"),
  post: (actor, cast) =>
    postRecommendation(actor, cast.groupId, {
      title: "Lotsen stärken",
      text: "Ehrenamtliche Lotsen besser begleiten.",
    }),
  edit: (actor, cast) =>
    updateRecommendation(actor, cast.recommendationId, {
      title: "Sprachkurse am Abend und am Wochenende",
      text: "Mehr Sprachkurse nach Feierabend und samstags anbieten.",
    }),
  vote: (actor, cast) => setRecommendationVote(actor, cast.recommendationId, { voted: "on" }),
  moderate: (actor, cast) => setRecommendationStatus(actor, cast.recommendationId, { status: "adopted" }),
};

async function outcomeOf(work: Promise<unknown>): Promise<Outcome> {
  try {
    await work;
    return "ok";
  } catch (error) {
    if (error instanceof DomainError) return error.code as Outcome;
    throw error;
  }
}

async function boardState(groupId: string) {
  return {
    recommendations: await prisma.recommendation.findMany({
      where: { workingGroupId: groupId },
      select: { title: true, text: true, status: true },
      orderBy: { createdAt: "asc" },
    }),
    votes: await prisma.recommendationVote.count(),
    auditEvents: await prisma.auditEvent.count({ where: { entityType: "recommendation" } }),
  };
}

const cases = roles.flatMap((role) =>
  operations.map((operation) => [role, operation, expected[role][operation]] as const),
);

test.each(cases)("%s: %s → %s", async (role, operation, outcome) => {
  const cast = await makeCast();
  const before = await boardState(cast.groupId);
  expect(await outcomeOf(run[operation](cast.actors[role], cast))).toBe(outcome);
  const after = await boardState(cast.groupId);
  if (outcome !== "ok" || operation === "read") expect(after).toEqual(before);
  else expect(after.auditEvents).toBe(before.auditEvents + 1);
});

test("the space tells each reader what they may do", async () => {
  const cast = await makeCast();
  const viewerOf = async (role: Role) => (await getWorkingGroupSpace(cast.actors[role], cast.groupId, "de")).viewer;
  const viewer = (isMember: boolean, canContribute: boolean, canModerate: boolean, canAppointModerators = false) => ({
    isMember,
    canContribute,
    canModerate,
    canAppointModerators,
  });
  expect(await viewerOf("admin")).toEqual(viewer(false, true, true, true));
  expect(await viewerOf("member")).toEqual(viewer(true, true, false));
  expect(await viewerOf("waitlistedAttendee")).toEqual(viewer(false, false, false));
  expect(await viewerOf("moderator")).toEqual(viewer(false, false, true));
  expect(await viewerOf("moderatorOfAnotherGroup")).toEqual(viewer(true, true, false));
});
