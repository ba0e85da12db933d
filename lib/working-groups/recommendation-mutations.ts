import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { DomainError, parseInput } from "@/lib/result";
import { getContributorAccess, getGroupAccess, getRecommendationRef } from "@/lib/working-groups/group-access";
import { isUniqueViolation } from "@/lib/db-errors";
import {
  gapChoiceOf,
  gapColumns,
  measureGap,
  sameGap,
  type GapChoice,
  type GapMeasureOptions,
  type MeasuredGap,
} from "@/lib/working-groups/cited-gap";
import { RecommendationInputSchema, VoteInputSchema } from "@/lib/working-groups/schemas";

// The recommendations board from the members' side: post, edit one's own, support. Rights are in
// lib/working-groups/group-access.ts; the moderators' status and links are in recommendation-moderation.ts.
// A recommendation may cite a gap of the atlas (lib/working-groups/cited-gap.ts); its figures are measured here.

/** How a cited gap reads in the audit trail: "Lücke Verl · arbeit-wirtschaft · ar (3 Angebote)". */
function gapSummary(gap: MeasuredGap): string {
  return `Lücke ${[gap.municipality, gap.topic, gap.language].filter(Boolean).join(" · ")} (${gap.offers} Angebote)`;
}

/** A member (or admin) posts a recommendation to the group's board, citing a gap if they chose one. */
export async function postRecommendation(
  actor: Actor | null,
  groupId: string,
  raw: unknown,
  options: GapMeasureOptions = {},
): Promise<{ id: string }> {
  assertCan(actor, "network:participate");
  const access = await getContributorAccess(actor, groupId);
  const input = parseInput(RecommendationInputSchema, raw);
  const choice = gapChoiceOf(input, access.topicSlug);
  const gap = choice ? await measureGap(choice, options) : null;
  return prisma.$transaction(async (tx) => {
    const recommendation = await tx.recommendation.create({
      data: {
        workingGroupId: access.groupId,
        authorId: actor.userId,
        title: input.title,
        text: input.text,
        ...gapColumns(gap),
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "recommendation.posted",
      entityType: "recommendation",
      entityId: recommendation.id,
      organisationId: null,
      summary:
        `Handlungsempfehlung „${input.title}“ in der Arbeitsgruppe „${access.groupTitle}“ eingestellt` +
        (gap ? `, ${gapSummary(gap)}` : ""),
    });
    return recommendation;
  });
}

/** The cited gap as stored, without its figures. */
async function storedGapChoice(recommendationId: string): Promise<GapChoice | null> {
  const stored = await prisma.recommendation.findUniqueOrThrow({
    where: { id: recommendationId },
    select: { gapMunicipality: true, gapTopic: true, gapLanguage: true },
  });
  if (stored.gapMunicipality === null || stored.gapTopic === null) return null;
  return { municipality: stored.gapMunicipality, topic: stored.gapTopic, language: stored.gapLanguage };
}

/**
 * The author, while still a member of the group, or an admin changes title, text and the cited gap. A gap that
 * stays the same keeps the figures it was cited with; a changed one is measured again, a removed one cleared.
 */
export async function updateRecommendation(
  actor: Actor | null,
  recommendationId: string,
  raw: unknown,
  options: GapMeasureOptions = {},
): Promise<void> {
  assertCan(actor, "network:participate");
  const recommendation = await getRecommendationRef(recommendationId);
  const access = await getGroupAccess(actor, recommendation.workingGroupId);
  const isAuthor = recommendation.authorId === actor.userId;
  if (!access.isAdmin && !(isAuthor && access.isMember)) throw new DomainError("forbidden", "forbidden");
  const input = parseInput(RecommendationInputSchema, raw);
  const choice = gapChoiceOf(input, access.topicSlug);
  const before = await storedGapChoice(recommendation.id);
  const gapChanged = !sameGap(before, choice);
  const gap = gapChanged && choice ? await measureGap(choice, options) : null;
  await prisma.$transaction(async (tx) => {
    await tx.recommendation.update({
      where: { id: recommendation.id, workingGroupId: recommendation.workingGroupId },
      data: { title: input.title, text: input.text, ...(gapChanged ? gapColumns(gap) : {}) },
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
        (gapChanged ? (gap ? `, ${gapSummary(gap)} zitiert` : ", Verweis auf die Lücke entfernt") : "") +
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
