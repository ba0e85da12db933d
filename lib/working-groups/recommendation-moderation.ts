import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent, type AuditAction, type AuditEntry } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import { publishedOfferWhere } from "@/lib/offers/visibility";
import { DomainError, parseInput } from "@/lib/result";
import {
  findRecommendationRef,
  getRecommendationRef,
  isGroupModerator,
  type RecommendationRef,
} from "@/lib/working-groups/group-access";
import { isUniqueViolation } from "@/lib/db-errors";
import {
  OfferLinkInputSchema,
  OfferUnlinkInputSchema,
  RecommendationStatusInputSchema,
  TopicLinkInputSchema,
  TopicUnlinkInputSchema,
  type RecommendationStatus,
} from "@/lib/working-groups/schemas";

// The moderators' side of the board: the status of a recommendation and what it is linked to. Admins moderate
// every group, the moderators an admin appointed (lib/working-groups/moderators.ts) their own group. Anyone
// else is refused with `forbidden` whether or not the recommendation exists, so a refusal says nothing about
// what exists.

const STATUS_IN_GERMAN: Record<RecommendationStatus, string> = {
  proposed: "vorgeschlagen",
  adopted: "beschlossen",
  "in-progress": "in Umsetzung",
  done: "umgesetzt",
};

async function loadForModeration(actor: Actor | null, recommendationId: string) {
  assertCan(actor, "network:participate");
  if (can(actor, "recommendation:moderate"))
    return { moderator: actor, recommendation: await getRecommendationRef(recommendationId) };
  const recommendation = await findRecommendationRef(recommendationId);
  if (!recommendation || !(await isGroupModerator(actor.userId, recommendation.workingGroupId)))
    throw new DomainError("forbidden", "forbidden");
  return { moderator: actor, recommendation };
}

function changeEntry(
  recommendation: RecommendationRef,
  actorId: string,
  action: AuditAction,
  summary: string,
): AuditEntry {
  return {
    actorId,
    action,
    entityType: "recommendation",
    entityId: recommendation.id,
    organisationId: null,
    summary: `Handlungsempfehlung „${recommendation.title}“: ${summary}`,
  };
}

/** Admin or the group's moderator: proposed → adopted → in progress → done (any order; a decision can be revisited). */
export async function setRecommendationStatus(
  actor: Actor | null,
  recommendationId: string,
  raw: unknown,
): Promise<void> {
  const { moderator, recommendation } = await loadForModeration(actor, recommendationId);
  const { status } = parseInput(RecommendationStatusInputSchema, raw);
  if (status === recommendation.status) return;
  const before = STATUS_IN_GERMAN[recommendation.status as RecommendationStatus] ?? recommendation.status;
  await prisma.$transaction(async (tx) => {
    await tx.recommendation.update({ where: { id: recommendation.id }, data: { status } });
    await recordAuditEvent(
      tx,
      changeEntry(
        recommendation,
        moderator.userId,
        "recommendation.status-changed",
        `Status ${before} → ${STATUS_IN_GERMAN[status]}`,
      ),
    );
  });
}

/** Admin or the group's moderator: links a published offer (by id, slug or page address); linking twice changes nothing. */
export async function linkOfferToRecommendation(
  actor: Actor | null,
  recommendationId: string,
  raw: unknown,
): Promise<void> {
  const { moderator, recommendation } = await loadForModeration(actor, recommendationId);
  const { offer: reference } = parseInput(OfferLinkInputSchema, raw);
  const offer = await prisma.offer.findFirst({
    where: { AND: [publishedOfferWhere(), { OR: [{ id: reference }, { slug: reference }] }] },
    select: { id: true, title: true },
  });
  if (!offer) throw new DomainError("invalid_input", "invalidInput", { offer: [{ key: "offerNotPublished" }] });
  const key = { recommendationId: recommendation.id, offerId: offer.id };
  try {
    await prisma.$transaction(async (tx) => {
      if (await tx.recommendationOffer.findUnique({ where: { recommendationId_offerId: key } })) return;
      await tx.recommendationOffer.create({ data: key });
      await recordAuditEvent(
        tx,
        changeEntry(
          recommendation,
          moderator.userId,
          "recommendation.offer-linked",
          `mit Angebot „${offer.title}“ verknüpft`,
        ),
      );
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

export async function unlinkOfferFromRecommendation(
  actor: Actor | null,
  recommendationId: string,
  raw: unknown,
): Promise<void> {
  const { moderator, recommendation } = await loadForModeration(actor, recommendationId);
  const { offerId } = parseInput(OfferUnlinkInputSchema, raw);
  await prisma.$transaction(async (tx) => {
    const link = await tx.recommendationOffer.findUnique({
      where: { recommendationId_offerId: { recommendationId: recommendation.id, offerId } },
      select: { offer: { select: { title: true } } },
    });
    if (!link) return;
    await tx.recommendationOffer.delete({
      where: { recommendationId_offerId: { recommendationId: recommendation.id, offerId } },
    });
    await recordAuditEvent(
      tx,
      changeEntry(
        recommendation,
        moderator.userId,
        "recommendation.offer-unlinked",
        `Verknüpfung mit Angebot „${link.offer.title}“ gelöst`,
      ),
    );
  });
}

/** Admin or the group's moderator: links a topic (by id or slug); linking twice changes nothing. */
export async function linkTopicToRecommendation(
  actor: Actor | null,
  recommendationId: string,
  raw: unknown,
): Promise<void> {
  const { moderator, recommendation } = await loadForModeration(actor, recommendationId);
  const { topic: reference } = parseInput(TopicLinkInputSchema, raw);
  const topic = await prisma.topic.findFirst({
    where: { OR: [{ id: reference }, { slug: reference }] },
    select: { id: true, slug: true },
  });
  if (!topic) throw new DomainError("invalid_input", "invalidInput", { topic: [{ key: "choose" }] });
  const key = { recommendationId: recommendation.id, topicId: topic.id };
  try {
    await prisma.$transaction(async (tx) => {
      if (await tx.recommendationTopic.findUnique({ where: { recommendationId_topicId: key } })) return;
      await tx.recommendationTopic.create({ data: key });
      await recordAuditEvent(
        tx,
        changeEntry(recommendation, moderator.userId, "recommendation.topic-linked", `Thema ${topic.slug} zugeordnet`),
      );
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

export async function unlinkTopicFromRecommendation(
  actor: Actor | null,
  recommendationId: string,
  raw: unknown,
): Promise<void> {
  const { moderator, recommendation } = await loadForModeration(actor, recommendationId);
  const { topicId } = parseInput(TopicUnlinkInputSchema, raw);
  await prisma.$transaction(async (tx) => {
    const link = await tx.recommendationTopic.findUnique({
      where: { recommendationId_topicId: { recommendationId: recommendation.id, topicId } },
      select: { topic: { select: { slug: true } } },
    });
    if (!link) return;
    await tx.recommendationTopic.delete({
      where: { recommendationId_topicId: { recommendationId: recommendation.id, topicId } },
    });
    await recordAuditEvent(
      tx,
      changeEntry(
        recommendation,
        moderator.userId,
        "recommendation.topic-unlinked",
        `Thema ${link.topic.slug} entfernt`,
      ),
    );
  });
}
