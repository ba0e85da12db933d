import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/result";
import { actorFor, makeOffer, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { env } from "@/lib/env";
import { runRetentionJob } from "@/lib/retention/retention-job";
import { makeAttendee, makeEvent, makeProfile } from "@/tests/conference-factories";
import { resetDatabase } from "@/tests/setup/reset-database";
import { getWorkingGroupSpace, listReadableWorkingGroups } from "@/lib/working-groups/queries";
import {
  linkOfferToRecommendation,
  linkTopicToRecommendation,
  setRecommendationStatus,
  unlinkOfferFromRecommendation,
  unlinkTopicFromRecommendation,
} from "@/lib/working-groups/recommendation-moderation";
import {
  postRecommendation,
  setRecommendationVote,
  updateRecommendation,
} from "@/lib/working-groups/recommendation-mutations";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

const DAY = 86_400_000;
const named = (displayName: string, visibleUntil: Date | null = null) => ({
  displayName,
  displayNameVisibility: "attendees",
  visibleUntil,
});

async function makeGroup() {
  const event = await makeEvent();
  const group = event.workingGroups[0]!;
  const member = await makeAttendee(event.id, { groupId: group.id }, named("Amira Haddad"));
  const admin = await actorFor((await makeUser({ isAdmin: true })).id);
  return { event, group, member, admin };
}

const recommendation = (title: string) => ({ title, text: `${title}: ausführlich begründet.` });

async function refusal(work: Promise<unknown>) {
  return work.then(
    () => null,
    (error: unknown) => {
      if (!(error instanceof DomainError)) throw error;
      return { code: error.code, fieldErrors: error.fieldErrors };
    },
  );
}

describe("posting and editing", () => {
  test("a title under 3 or a text under 10 characters (or over 150 and 5000) is refused with the fields named", async () => {
    const { group, member } = await makeGroup();
    const tooShort = await refusal(postRecommendation(member.actor, group.id, { title: "AB", text: "zu kurz" }));
    expect(tooShort).toMatchObject({ code: "invalid_input" });
    expect(Object.keys(tooShort?.fieldErrors ?? {}).sort()).toEqual(["text", "title"]);
    const tooLong = await refusal(
      postRecommendation(member.actor, group.id, { title: "x".repeat(151), text: "y".repeat(5_001) }),
    );
    expect(Object.keys(tooLong?.fieldErrors ?? {}).sort()).toEqual(["text", "title"]);
    await postRecommendation(member.actor, group.id, { title: "ABC", text: "genau zehn" });
    expect(await prisma.recommendation.findMany({ select: { title: true } })).toEqual([{ title: "ABC" }]);
  });

  test("an author edits their own recommendation, another member cannot, an admin can", async () => {
    const { event, group, member, admin } = await makeGroup();
    const other = await makeAttendee(event.id, { groupId: group.id });
    const { id } = await postRecommendation(member.actor, group.id, recommendation("Sprachcafés fördern"));

    await updateRecommendation(member.actor, id, recommendation("Sprachcafés dauerhaft fördern"));
    expect(await refusal(updateRecommendation(other.actor, id, recommendation("Übernommen")))).toMatchObject({
      code: "forbidden",
    });
    expect(await prisma.recommendation.findUniqueOrThrow({ where: { id }, select: { title: true } })).toEqual({
      title: "Sprachcafés dauerhaft fördern",
    });
    await updateRecommendation(admin, id, recommendation("Sprachcafés im ganzen Kreis fördern"));
    expect(
      await prisma.auditEvent.findMany({
        where: { entityId: id, action: "recommendation.updated" },
        select: { actorId: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([{ actorId: member.userId }, { actorId: admin.userId }]);
  });

  test("an author who is no longer a member of the group cannot edit any more", async () => {
    const { event, group, member } = await makeGroup();
    const { id } = await postRecommendation(member.actor, group.id, recommendation("Wohnraum vermitteln"));
    await prisma.registration.update({
      where: { id: member.registrationId },
      data: { assignedGroupId: event.workingGroups[1]!.id, assignmentReason: "Wechsel" },
    });
    expect(await refusal(updateRecommendation(member.actor, id, recommendation("Geändert")))).toMatchObject({
      code: "forbidden",
    });
  });
});

describe("the space", () => {
  test("names only members who show their name while it is visible; the others are counted", async () => {
    const { event, group, member, admin } = await makeGroup();
    await makeAttendee(event.id, { groupId: group.id }, named("Bernd Albers", new Date(Date.now() + DAY)));
    const expired = await makeAttendee(
      event.id,
      { groupId: group.id },
      named("Clara Expired", new Date(Date.now() - DAY)),
    );
    await makeAttendee(
      event.id,
      { groupId: group.id },
      { displayName: "Hidden Person", displayNameVisibility: "nobody" },
    );
    await makeAttendee(event.id, { groupId: group.id });
    await makeAttendee(event.id, { groupId: event.workingGroups[1]!.id }, named("Other Group"));
    await postRecommendation(member.actor, group.id, recommendation("Von Amira"));
    await postRecommendation(expired.actor, group.id, recommendation("Von Clara"));

    const space = await getWorkingGroupSpace(admin, group.id, "de");

    expect(space.memberCount).toBe(5);
    expect(space.memberNames).toEqual(["Amira Haddad", "Bernd Albers"]);
    expect(space.recommendations.map((r) => [r.title, r.authorName])).toEqual([
      ["Von Clara", null],
      ["Von Amira", "Amira Haddad"],
    ]);
    expect(space.event.title).toBe(event.title);
    expect(space.topic?.slug).toBe("sprache-bildung");
  });

  test("recommendations are sorted by votes, then newest first, and say who voted", async () => {
    const { event, group, member } = await makeGroup();
    const voter = await makeAttendee(event.id, { groupId: group.id });
    const first = await postRecommendation(member.actor, group.id, recommendation("Erste"));
    const second = await postRecommendation(member.actor, group.id, recommendation("Zweite"));
    const third = await postRecommendation(member.actor, group.id, recommendation("Dritte"));
    await prisma.recommendation.update({
      where: { id: first.id },
      data: { createdAt: new Date(Date.now() - 3 * DAY) },
    });
    await prisma.recommendation.update({
      where: { id: second.id },
      data: { createdAt: new Date(Date.now() - 2 * DAY) },
    });
    await setRecommendationVote(voter.actor, first.id, { voted: "on" });

    const space = await getWorkingGroupSpace(voter.actor, group.id, "de");

    expect(space.recommendations.map((r) => [r.id, r.voteCount, r.hasVoted, r.isOwn, r.canEdit])).toEqual([
      [first.id, 1, true, false, false],
      [third.id, 0, false, false, false],
      [second.id, 0, false, false, false],
    ]);
  });

  test("a member who kept their group stays in the space after the retention job anonymised their registration", async () => {
    const { event, group, member } = await makeGroup();
    const { id } = await postRecommendation(member.actor, group.id, recommendation("Bleibt erhalten"));
    await prisma.registration.update({ where: { id: member.registrationId }, data: { keepsGroup: true } });
    const endsAt = new Date(Date.now() - (env.REGISTRATION_RETENTION_DAYS + 1) * DAY);
    await prisma.event.update({
      where: { id: event.id },
      data: { startsAt: new Date(endsAt.getTime() - DAY), endsAt },
    });

    expect(await runRetentionJob()).toMatchObject({ anonymisedRegistrations: 1 });
    expect(await prisma.registration.findUniqueOrThrow({ where: { id: member.registrationId } })).toMatchObject({
      userId: null,
      name: "",
    });

    const space = await getWorkingGroupSpace(member.actor, group.id, "de");
    expect(space.viewer.isMember).toBe(true);
    expect(space.memberCount).toBe(1);
    expect(space.memberNames).toEqual(["Amira Haddad"]);
    expect(space.recommendations.map((r) => [r.id, r.canEdit])).toEqual([[id, true]]);
    expect(await setRecommendationVote(member.actor, id, { voted: "on" })).toEqual({ voted: true, voteCount: 1 });
    await updateRecommendation(member.actor, id, recommendation("Bleibt erhalten und wächst"));
  });

  test("the space and the overview count members from registrations and from the group's kept members", async () => {
    const { event, group, admin } = await makeGroup();
    const kept = await makeUser();
    await prisma.workingGroupMember.create({ data: { workingGroupId: group.id, userId: kept.id } });
    await makeProfile(kept.id, named("Zoe Kept"));

    const space = await getWorkingGroupSpace(admin, group.id, "de");
    expect(space.memberCount).toBe(2);
    expect(space.memberNames).toEqual(["Amira Haddad", "Zoe Kept"]);
    const overview = await listReadableWorkingGroups(admin, "de");
    const card = overview.find((entry) => entry.eventId === event.id)?.groups.find((g) => g.id === group.id);
    expect(card?.memberCount).toBe(2);
  });

  test("the overview lists the groups of one's events and marks one's own; admins see every event", async () => {
    const { event, group, member, admin } = await makeGroup();
    const otherEvent = await makeEvent({ title: "Fachtag Ehrenamt" });
    const stranger = await actorFor((await makeUser()).id);

    const mine = await listReadableWorkingGroups(member.actor, "de");
    expect(mine.map((entry) => entry.eventId)).toEqual([event.id]);
    expect(mine[0]!.groups).toHaveLength(6);
    expect(mine[0]!.groups.filter((g) => g.isMine).map((g) => [g.id, g.memberCount])).toEqual([[group.id, 1]]);
    expect(await listReadableWorkingGroups(stranger, "de")).toEqual([]);
    expect((await listReadableWorkingGroups(admin, "de")).map((entry) => entry.eventId).sort()).toEqual(
      [event.id, otherEvent.id].sort(),
    );
  });
});

describe("moderation", () => {
  test("an admin's status change is saved with an audit event; the same status again records nothing", async () => {
    const { group, member, admin } = await makeGroup();
    const { id } = await postRecommendation(member.actor, group.id, recommendation("Beschlussreif"));

    await setRecommendationStatus(admin, id, { status: "in-progress" });
    await setRecommendationStatus(admin, id, { status: "in-progress" });

    expect(await prisma.recommendation.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({
      status: "in-progress",
    });
    expect(
      await prisma.auditEvent.findMany({
        where: { entityType: "recommendation", entityId: id, action: "recommendation.status-changed" },
        select: { actorId: true, summary: true },
      }),
    ).toEqual([
      { actorId: admin.userId, summary: "Handlungsempfehlung „Beschlussreif“: Status vorgeschlagen → in Umsetzung" },
    ]);
    expect(await refusal(setRecommendationStatus(admin, id, { status: "archived" }))).toMatchObject({
      code: "invalid_input",
      fieldErrors: { status: [{ key: "choose" }] },
    });
  });

  test("only published offers can be linked, by id, slug or address, and only published ones are shown", async () => {
    const { group, member, admin } = await makeGroup();
    const { id } = await postRecommendation(member.actor, group.id, recommendation("Mit Angeboten"));
    const organisation = await makeOrganisation();
    const published = await makeOffer(organisation.id, { title: "Sprachcafé Verl" });
    const later = await makeOffer(organisation.id, { title: "Elterncafé" });
    const draft = await makeOffer(organisation.id, { title: "Entwurf", status: "draft" });

    await linkOfferToRecommendation(admin, id, { offer: published.id });
    await linkOfferToRecommendation(admin, id, { offer: `https://atlas.example/de/angebote/${later.slug}?x=1` });
    await linkOfferToRecommendation(admin, id, { offer: published.slug });
    expect(await refusal(linkOfferToRecommendation(admin, id, { offer: draft.slug }))).toEqual({
      code: "invalid_input",
      fieldErrors: { offer: [{ key: "offerNotPublished" }] },
    });
    expect(await refusal(linkOfferToRecommendation(member.actor, id, { offer: published.id }))).toMatchObject({
      code: "forbidden",
    });

    const offersShown = async () =>
      (await getWorkingGroupSpace(member.actor, group.id, "de")).recommendations[0]!.offers.map((o) => o.title);
    expect(await offersShown()).toEqual(["Elterncafé", "Sprachcafé Verl"]);
    await prisma.offer.update({ where: { id: later.id }, data: { status: "archived" } });
    expect(await offersShown()).toEqual(["Sprachcafé Verl"]);
    await unlinkOfferFromRecommendation(admin, id, { offerId: published.id });
    expect(
      await prisma.recommendationOffer.findMany({ where: { recommendationId: id }, select: { offerId: true } }),
    ).toEqual([{ offerId: later.id }]);
    expect(
      await prisma.auditEvent.count({ where: { entityId: id, action: { startsWith: "recommendation.offer" } } }),
    ).toBe(3);
  });

  test("topics are linked by slug or id and shown in the reader's language", async () => {
    const { group, member, admin } = await makeGroup();
    const { id } = await postRecommendation(member.actor, group.id, recommendation("Mit Themen"));
    const health = await prisma.topic.findUniqueOrThrow({ where: { slug: "gesundheit-pflege" }, select: { id: true } });

    await linkTopicToRecommendation(admin, id, { topic: "sprache-bildung" });
    await linkTopicToRecommendation(admin, id, { topic: health.id });
    expect(await refusal(linkTopicToRecommendation(admin, id, { topic: "gibt-es-nicht" }))).toMatchObject({
      code: "invalid_input",
    });
    const topicsIn = async (locale: string) =>
      (await getWorkingGroupSpace(member.actor, group.id, locale)).recommendations[0]!.topics.map((t) => t.slug);
    expect(await topicsIn("en")).toEqual(["sprache-bildung", "gesundheit-pflege"]);
    const names = (await getWorkingGroupSpace(member.actor, group.id, "de")).recommendations[0]!.topics.map(
      (t) => t.name,
    );
    const englishNames = (await getWorkingGroupSpace(member.actor, group.id, "en")).recommendations[0]!.topics.map(
      (t) => t.name,
    );
    expect(englishNames).not.toEqual(names);

    await unlinkTopicFromRecommendation(admin, id, { topicId: health.id });
    expect(await topicsIn("de")).toEqual(["sprache-bildung"]);
  });
});
