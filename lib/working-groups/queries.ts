import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { localizedName } from "@/lib/i18n/localized-name";
import { publishedOfferWhere } from "@/lib/offers/visibility";
import { getGroupAccess, memberRegistrationFilter, memberRegistrationWhere } from "@/lib/working-groups/group-access";
import {
  citedGapSelect,
  citedGapView,
  gapFormOptions,
  type CitedGapView,
  type GapFormOptions,
} from "@/lib/working-groups/gap-view";
import {
  listGroupModerators,
  listModeratorCandidates,
  type GroupModerator,
  type ModeratorCandidate,
} from "@/lib/working-groups/moderator-list";
import type { RecommendationStatus } from "@/lib/working-groups/schemas";
import { nameConsentSelect, shownName } from "@/lib/working-groups/shown-name";

// What a working-group space shows. Names follow shownName (lib/working-groups/shown-name.ts); linked offers
// appear only while published, like everywhere else on the site.

export type GroupCard = {
  id: string;
  title: string;
  topicName: string | null;
  capacity: number;
  memberCount: number;
  recommendationCount: number;
  isMine: boolean;
};
export type EventGroups = {
  eventId: string;
  eventTitle: string;
  eventSlug: string;
  startsAt: Date;
  groups: GroupCard[];
};

/** Members per group: confirmed registrations assigned to it plus the people who kept it (WorkingGroupMember). */
async function countMembers(groupIds: string[]): Promise<Map<string, number>> {
  const [registered, kept] = await Promise.all([
    prisma.registration.groupBy({
      by: ["assignedGroupId"],
      where: { ...memberRegistrationFilter, assignedGroupId: { in: groupIds } },
      _count: { _all: true },
    }),
    prisma.workingGroupMember.groupBy({
      by: ["workingGroupId"],
      where: { workingGroupId: { in: groupIds } },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map<string, number>();
  for (const row of registered) if (row.assignedGroupId) counts.set(row.assignedGroupId, row._count._all);
  for (const row of kept) counts.set(row.workingGroupId, (counts.get(row.workingGroupId) ?? 0) + row._count._all);
  return counts;
}

/**
 * The groups of every event the actor is registered for (all events for admins), newest event first. A person
 * who kept their group past the retention period (WorkingGroupMember, no registration any more) sees that
 * event with only the groups they are a member of: those are the ones they may still read.
 */
export async function listReadableWorkingGroups(actor: Actor | null, locale: string): Promise<EventGroups[]> {
  assertCan(actor, "network:participate");
  const [registrations, seats] = await Promise.all([
    prisma.registration.findMany({
      where: { userId: actor.userId, status: { not: "cancelled" } },
      select: { eventId: true, status: true, assignedGroupId: true, groupStatus: true },
    }),
    prisma.workingGroupMember.findMany({
      where: { userId: actor.userId },
      select: { workingGroupId: true, workingGroup: { select: { eventId: true } } },
    }),
  ]);
  const registeredEventIds = new Set(registrations.map((registration) => registration.eventId));
  const seatGroupIds = new Set(seats.map((seat) => seat.workingGroupId));
  const events = await prisma.event.findMany({
    where: actor.isAdmin
      ? {}
      : { id: { in: [...registeredEventIds, ...seats.map((seat) => seat.workingGroup.eventId)] } },
    select: {
      id: true,
      title: true,
      slug: true,
      startsAt: true,
      workingGroups: {
        select: {
          id: true,
          title: true,
          capacity: true,
          topic: { select: { namesJson: true } },
          _count: { select: { recommendations: true } },
        },
        orderBy: [{ topic: { sortOrder: "asc" } }, { title: "asc" }],
      },
    },
    orderBy: { startsAt: "desc" },
  });
  const groupIds = events.flatMap((event) => event.workingGroups.map((group) => group.id));
  const memberCount = await countMembers(groupIds);
  const myGroupIds = new Set([
    ...seatGroupIds,
    ...registrations
      .filter(
        (registration) =>
          registration.status === memberRegistrationFilter.status &&
          registration.groupStatus === memberRegistrationFilter.groupStatus,
      )
      .map((registration) => registration.assignedGroupId),
  ]);
  const readable = (eventId: string, groupId: string) =>
    actor.isAdmin || registeredEventIds.has(eventId) || seatGroupIds.has(groupId);
  return events.map((event) => ({
    eventId: event.id,
    eventTitle: event.title,
    eventSlug: event.slug,
    startsAt: event.startsAt,
    groups: event.workingGroups
      .filter((group) => readable(event.id, group.id))
      .map((group) => ({
        id: group.id,
        title: group.title,
        topicName: group.topic ? localizedName(group.topic.namesJson, locale) : null,
        capacity: group.capacity,
        memberCount: memberCount.get(group.id) ?? 0,
        recommendationCount: group._count.recommendations,
        isMine: myGroupIds.has(group.id),
      })),
  }));
}

export type RecommendationView = {
  id: string;
  title: string;
  text: string;
  status: RecommendationStatus;
  /** null: the author does not show their name (or has deleted their account); the page says "a member". */
  authorName: string | null;
  isOwn: boolean;
  canEdit: boolean;
  voteCount: number;
  hasVoted: boolean;
  createdAt: Date;
  updatedAt: Date;
  offers: { id: string; title: string; slug: string }[];
  topics: { id: string; slug: string; name: string }[];
  /** The gap of the atlas the recommendation cites, with the figures when it was cited. */
  gap: CitedGapView | null;
};

export type WorkingGroupSpace = {
  id: string;
  slug: string;
  title: string;
  description: string;
  capacity: number;
  topic: { slug: string; name: string } | null;
  event: { title: string; slug: string; startsAt: Date; endsAt: Date };
  memberCount: number;
  /** Members who show their name, alphabetically; the others are only counted. */
  memberNames: string[];
  viewer: { isMember: boolean; canContribute: boolean; canModerate: boolean; canAppointModerators: boolean };
  recommendations: RecommendationView[];
  /** For the moderators' link form; empty for everyone else. */
  topicOptions: { id: string; slug: string; name: string }[];
  moderators: GroupModerator[];
  /** For the admins' appointment form; empty for everyone else. */
  moderatorCandidates: ModeratorCandidate[];
  /** The choices of the recommendation form's gap fields. */
  gapOptions: GapFormOptions;
};

/** The space of one group; `not_found` for people who may not read it, `unauthenticated` when signed out. */
export async function getWorkingGroupSpace(
  actor: Actor | null,
  groupId: string,
  locale: string,
): Promise<WorkingGroupSpace> {
  assertCan(actor, "network:participate");
  const access = await getGroupAccess(actor, groupId);
  const now = new Date();
  const groupRef = { id: access.groupId, eventId: access.eventId };
  const [group, registeredMembers, keptMembers, recommendations, topics, moderators, moderatorCandidates] =
    await Promise.all([
      prisma.workingGroup.findUniqueOrThrow({
        where: { id: groupId },
        select: {
          id: true,
          slug: true,
          title: true,
          description: true,
          capacity: true,
          topic: { select: { slug: true, namesJson: true } },
          event: { select: { title: true, slug: true, startsAt: true, endsAt: true } },
        },
      }),
      prisma.registration.findMany({
        where: memberRegistrationWhere(groupId),
        select: { user: { select: { id: true, profile: { select: nameConsentSelect } } } },
      }),
      prisma.workingGroupMember.findMany({
        where: { workingGroupId: groupId },
        select: { user: { select: { id: true, profile: { select: nameConsentSelect } } } },
      }),
      prisma.recommendation.findMany({
        where: { workingGroupId: groupId },
        select: {
          id: true,
          title: true,
          text: true,
          status: true,
          authorId: true,
          createdAt: true,
          updatedAt: true,
          author: { select: { profile: { select: nameConsentSelect } } },
          _count: { select: { votes: true } },
          votes: { where: { userId: actor.userId }, select: { userId: true } },
          offers: {
            where: { offer: publishedOfferWhere(now) },
            select: { offer: { select: { id: true, title: true, slug: true } } },
          },
          topics: { select: { topic: { select: { id: true, slug: true, namesJson: true, sortOrder: true } } } },
          ...citedGapSelect,
        },
      }),
      access.canModerate
        ? prisma.topic.findMany({ select: { id: true, slug: true, namesJson: true }, orderBy: { sortOrder: "asc" } })
        : Promise.resolve([]),
      listGroupModerators(groupRef, { isAdmin: access.isAdmin, locale, now }),
      access.isAdmin ? listModeratorCandidates(groupRef, locale) : Promise.resolve([]),
    ]);
  const collator = new Intl.Collator(locale);
  // One entry per person: registrations name people until the retention period, WorkingGroupMember after it.
  const members = new Map(
    [...registeredMembers, ...keptMembers].flatMap(({ user }) => (user ? [[user.id, user.profile] as const] : [])),
  );
  const memberNames = [...members.values()]
    .map((profile) => shownName(profile, now))
    .filter((name): name is string => name !== null)
    .sort(collator.compare);
  return {
    id: group.id,
    slug: group.slug,
    title: group.title,
    description: group.description,
    capacity: group.capacity,
    topic: group.topic ? { slug: group.topic.slug, name: localizedName(group.topic.namesJson, locale) } : null,
    event: group.event,
    memberCount: members.size,
    memberNames,
    viewer: {
      isMember: access.isMember,
      canContribute: access.canContribute,
      canModerate: access.canModerate,
      canAppointModerators: access.isAdmin,
    },
    recommendations: recommendations
      .map((recommendation) => {
        const isOwn = recommendation.authorId === actor.userId;
        return {
          id: recommendation.id,
          title: recommendation.title,
          text: recommendation.text,
          status: recommendation.status as RecommendationStatus,
          authorName: shownName(recommendation.author?.profile, now),
          isOwn,
          canEdit: access.isAdmin || (isOwn && access.isMember),
          voteCount: recommendation._count.votes,
          hasVoted: recommendation.votes.length > 0,
          createdAt: recommendation.createdAt,
          updatedAt: recommendation.updatedAt,
          offers: recommendation.offers.map(({ offer }) => offer).sort((a, b) => collator.compare(a.title, b.title)),
          topics: recommendation.topics
            .map(({ topic }) => topic)
            .sort((a, b) => a.sortOrder - b.sortOrder)
            .map((topic) => ({ id: topic.id, slug: topic.slug, name: localizedName(topic.namesJson, locale) })),
          gap: citedGapView(recommendation, locale),
        };
      })
      // Most supported first; among equals the newest, so a fresh proposal is not buried.
      .sort(
        (a, b) =>
          b.voteCount - a.voteCount || b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id),
      ),
    topicOptions: topics.map((topic) => ({
      id: topic.id,
      slug: topic.slug,
      name: localizedName(topic.namesJson, locale),
    })),
    moderators,
    moderatorCandidates,
    gapOptions: gapFormOptions(locale, group.topic !== null),
  };
}
