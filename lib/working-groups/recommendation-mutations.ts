import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { DomainError, parseInput } from "@/lib/result";
import { getContributorAccess, getGroupAccess, getRecommendationRef } from "@/lib/working-groups/group-access";
import { isUniqueViolation } from "@/lib/db-errors";
import { RecommendationInputSchema, VoteInputSchema } from "@/lib/working-groups/schemas";

// The recommendations board from the members' side: post, edit one's own, support. Rights are in
// lib/working-groups/group-access.ts; admins' status and links are in recommendation-moderation.ts.

/** A member (or admin) posts a recommendation to the group's board. */
export async function postRecommendation(actor: Actor | null, groupId: string, raw: unknown): Promise<{ id: string }> {
  assertCan(actor, "network:participate");
  const access = await getContributorAccess(actor, groupId);
  const input = parseInput(RecommendationInputSchema, raw);
  return prisma.$transaction(async (tx) => {
    const recommendation = await tx.recommendation.create({
      data: { workingGroupId: access.groupId, authorId: actor.userId, title: input.title, text: input.text },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "recommendation.posted",
      entityType: "recommendation",
      entityId: recommendation.id,
      organisationId: null,
      summary: `Handlungsempfehlung „${input.title}“ in der Arbeitsgruppe „${access.groupTitle}“ eingestellt`,
    });
    return recommendation;
  });
}

/** The author, while still a member of the group, or an admin changes title and text. */
export async function updateRecommendation(actor: Actor | null, recommendationId: string, raw: unknown): Promise<void> {
  assertCan(actor, "network:participate");
  const recommendation = await getRecommendationRef(recommendationId);
  const access = await getGroupAccess(actor, recommendation.workingGroupId);
  const isAuthor = recommendation.authorId === actor.userId;
  if (!access.isAdmin && !(isAuthor && access.isMember)) throw new DomainError("forbidden", "forbidden");
  const input = parseInput(RecommendationInputSchema, raw);
  await prisma.$transaction(async (tx) => {
    await tx.recommendation.update({
      where: { id: recommendation.id, workingGroupId: recommendation.workingGroupId },
      data: { title: input.title, text: input.text },
    });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "recommendation.updated",
      entityType: "recommendation",
      entityId: recommendation.id,
      organisationId: null,
      summary:
        `Handlungsempfehlung „${input.title}“ bearbeitet` +
        (input.title !== recommendation.title ? ` (vorher „${recommendation.title}“)` : "") +
        (isAuthor ? "" : " – durch die Verwaltung"),
    });
  });
}

/**
 * Sets whether the actor supports the recommendation (members and admins). Idempotent: the vote's key is
 * (recommendation, person), so parallel or repeated requests leave at most one vote per person.
 */
export async function setRecommendationVote(
  actor: Actor | null,
  recommendationId: string,
  raw: unknown,
): Promise<{ voted: boolean; voteCount: number }> {
  assertCan(actor, "network:participate");
  const recommendation = await getRecommendationRef(recommendationId);
  await getContributorAccess(actor, recommendation.workingGroupId);
  const { voted } = parseInput(VoteInputSchema, raw);
  const key = { recommendationId: recommendation.id, userId: actor.userId };
  const audit = {
    actorId: actor.userId,
    entityType: "recommendation",
    entityId: recommendation.id,
    organisationId: null,
  } as const;
  if (voted) {
    try {
      await prisma.$transaction(async (tx) => {
        if (
          await tx.recommendationVote.findUnique({ where: { recommendationId_userId: key }, select: { userId: true } })
        )
          return;
        await tx.recommendationVote.create({ data: key });
        await recordAuditEvent(tx, {
          ...audit,
          action: "recommendation.voted",
          summary: `Handlungsempfehlung „${recommendation.title}“ unterstützt`,
        });
      });
    } catch (error) {
      // A parallel request of the same person got there first; the key kept it to one vote.
      if (!isUniqueViolation(error)) throw error;
    }
  } else {
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.recommendationVote.deleteMany({ where: key });
      if (count > 0)
        await recordAuditEvent(tx, {
          ...audit,
          action: "recommendation.unvoted",
          summary: `Unterstützung für Handlungsempfehlung „${recommendation.title}“ zurückgezogen`,
        });
    });
  }
  const voteCount = await prisma.recommendationVote.count({ where: { recommendationId: recommendation.id } });
  return { voted, voteCount };
}
