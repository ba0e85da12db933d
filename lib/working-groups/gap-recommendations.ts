import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { citedGapSelect } from "@/lib/working-groups/gap-view";
import { readableGroupWhere } from "@/lib/working-groups/group-access";
import type { RecommendationStatus } from "@/lib/working-groups/schemas";

// For the gap atlas (/atlas): which gaps a working group has answered with a recommendation.
//
// Recommendations are not public: a working-group space, its board and its CSV are open only to the event's
// attendees, the group's members and moderators, and admins (lib/working-groups/group-access.ts), and tell
// anyone else the group does not exist. So this returns only the recommendations of groups the actor may read,
// by the same rule (readableGroupWhere), and nothing for a signed-out visitor: the public atlas shows its gaps
// without them, and a reader signed in sees those of their own conference's groups.

export type GapRecommendation = {
  recommendationId: string;
  title: string;
  status: RecommendationStatus;
  workingGroupId: string;
  workingGroupTitle: string;
  municipality: string;
  topic: string;
  language: string | null;
  /** The figures of the gap when it was cited. */
  offers: number;
  per10k: number | null;
  citedAt: string; // ISO
};

/**
 * The recommendations citing a gap, newest citation first, among those the actor may read. `topic` and
 * `language` narrow to gaps of that topic or language of service; absent, they do not filter.
 */
export async function recommendationsForGaps(
  actor: Actor | null,
  filter: { topic?: string; language?: string },
): Promise<GapRecommendation[]> {
  if (!actor) return [];
  const rows = await prisma.recommendation.findMany({
    where: {
      gapMunicipality: { not: null },
      gapTopic: filter.topic ?? { not: null },
      gapCitedAt: { not: null },
      ...(filter.language ? { gapLanguage: filter.language } : {}),
      workingGroup: readableGroupWhere(actor),
    },
    select: {
      id: true,
      title: true,
      status: true,
      ...citedGapSelect,
      workingGroup: { select: { id: true, title: true } },
    },
    orderBy: [{ gapCitedAt: "desc" }, { id: "asc" }],
  });
  return rows.flatMap((row) =>
    row.gapMunicipality !== null && row.gapTopic !== null && row.gapCitedAt !== null
      ? [
          {
            recommendationId: row.id,
            title: row.title,
            status: row.status as RecommendationStatus,
            workingGroupId: row.workingGroup.id,
            workingGroupTitle: row.workingGroup.title,
            municipality: row.gapMunicipality,
            topic: row.gapTopic,
            language: row.gapLanguage,
            offers: row.gapOffers ?? 0,
            per10k: row.gapPer10k,
            citedAt: row.gapCitedAt.toISOString(),
          },
        ]
      : [],
  );
}
