import { prisma } from "@/lib/db";
import { makeAttendee, makeEvent } from "@/tests/conference-factories";
import { resetDatabase } from "@/tests/setup/reset-database";
import { isUniqueViolation } from "@/lib/db-errors";
import { getWorkingGroupSpace } from "@/lib/working-groups/queries";
import { postRecommendation, setRecommendationVote } from "@/lib/working-groups/recommendation-mutations";

beforeEach(resetDatabase);

async function makeBoard() {
  const event = await makeEvent();
  const group = event.workingGroups[0]!;
  const author = await makeAttendee(event.id, { groupId: group.id });
  const { id: recommendationId } = await postRecommendation(author.actor, group.id, {
    title: "Beratung in der Muttersprache",
    text: "Beratungsstellen sollen Termine mit Sprachmittlung anbieten.",
  });
  return { event, group, author, recommendationId };
}

const votesOn = (recommendationId: string) => prisma.recommendationVote.count({ where: { recommendationId } });

test("ten members voting at the same moment give exactly ten votes, each counted for its voter", async () => {
  const { event, group, recommendationId } = await makeBoard();
  const voters = [];
  for (let index = 0; index < 10; index++) voters.push(await makeAttendee(event.id, { groupId: group.id }));

  const results = await Promise.all(
    voters.map((voter) => setRecommendationVote(voter.actor, recommendationId, { voted: "on" })),
  );

  expect(results.every((result) => result.voted)).toBe(true);
  expect(await votesOn(recommendationId)).toBe(10);
  const seenBy = await getWorkingGroupSpace(voters[3]!.actor, group.id, "de");
  expect(seenBy.recommendations[0]).toMatchObject({ voteCount: 10, hasVoted: true });
  expect(await prisma.auditEvent.count({ where: { action: "recommendation.voted" } })).toBe(10);
});

test("the same person voting twice at once, and again later, counts once", async () => {
  const { author, recommendationId } = await makeBoard();

  await Promise.all([
    setRecommendationVote(author.actor, recommendationId, { voted: "on" }),
    setRecommendationVote(author.actor, recommendationId, { voted: "on" }),
  ]);
  expect(await setRecommendationVote(author.actor, recommendationId, { voted: "on" })).toEqual({
    voted: true,
    voteCount: 1,
  });

  expect(await votesOn(recommendationId)).toBe(1);
  expect(await prisma.auditEvent.count({ where: { action: "recommendation.voted" } })).toBe(1);
});

test("withdrawing a vote removes only one's own, and withdrawing again changes nothing", async () => {
  const { event, group, author, recommendationId } = await makeBoard();
  const other = await makeAttendee(event.id, { groupId: group.id });
  await setRecommendationVote(author.actor, recommendationId, { voted: "on" });
  await setRecommendationVote(other.actor, recommendationId, { voted: "on" });

  expect(await setRecommendationVote(author.actor, recommendationId, {})).toEqual({ voted: false, voteCount: 1 });
  expect(await setRecommendationVote(author.actor, recommendationId, {})).toEqual({ voted: false, voteCount: 1 });

  const space = await getWorkingGroupSpace(author.actor, group.id, "de");
  expect(space.recommendations[0]).toMatchObject({ voteCount: 1, hasVoted: false });
  expect(await prisma.auditEvent.count({ where: { action: "recommendation.unvoted" } })).toBe(1);
});

test("a second vote row for the same person is refused by the key and recognised as such", async () => {
  const { author, recommendationId } = await makeBoard();
  const vote = { recommendationId, userId: author.userId };
  await prisma.recommendationVote.create({ data: vote });

  const duplicate = await prisma.recommendationVote.create({ data: vote }).then(
    () => null,
    (error: unknown) => error,
  );

  expect(isUniqueViolation(duplicate)).toBe(true);
  expect(isUniqueViolation(new Error("something else"))).toBe(false);
});
