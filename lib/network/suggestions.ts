import "server-only";
import { languageName } from "@/lib/i18n/language-names";
import { DirectoryFilterSchema, listDirectory, previewOwnProfile, type ShownProfile } from "@/lib/network/directory";
import { suggestMatches, type MatchContext, type MatchProfile, type MatchReason } from "@/lib/network/matchmaking";
import { areNeighbours } from "@/lib/region/neighbours";
import { getRegion } from "@/lib/region/region";

// "People you should meet" for the directory page. The others are taken from the directory as the viewer sees
// it (hidden fields are null there, blocked people and the viewer are not in it), so no reason can rest on a
// field the viewer may not see. The viewer's own side is their full profile: they know what they wrote.

export type PersonSuggestion = { profile: ShownProfile; reasons: MatchReason[] };

type MatchableProfile = MatchProfile & { shown: ShownProfile };

function toMatchProfile(profile: ShownProfile): MatchableProfile {
  return {
    userId: profile.userId,
    organisationName: profile.organisationName,
    organisationKind: profile.organisationKind,
    municipalityId: profile.municipality?.id ?? null,
    topicIds: profile.topics?.map((topic) => topic.id) ?? [],
    languages: profile.languages ?? [],
    offersText: profile.offersText,
    seeksText: profile.seeksText,
    shown: profile,
  };
}

/** Names for the reason sentences, taken from the profiles themselves (already in the viewer's locale). */
function matchContext(profiles: ShownProfile[], locale: string): MatchContext {
  const municipalities = new Map(
    profiles.flatMap((p) => (p.municipality ? [[p.municipality.id, p.municipality]] : [])),
  );
  const topics = new Map(profiles.flatMap((p) => p.topics ?? []).map((topic) => [topic.id, topic.name]));
  const region = getRegion();
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  return {
    neighbours: (a, b) => {
      const [slugA, slugB] = [municipalities.get(a)?.slug, municipalities.get(b)?.slug];
      return slugA !== undefined && slugB !== undefined && areNeighbours(region, slugA, slugB);
    },
    topicName: (id) => topics.get(id) ?? "",
    municipalityName: (id) => municipalities.get(id)?.name ?? "",
    languageName: (code) => languageName(code, locale).name,
    formatList: (items) => list.format(items),
  };
}

/**
 * Up to `limit` people for the viewer to meet, best first, each with the reasons in words (render each as
 * `Matchmaking.reasons.<key>`). Null when the viewer has no profile yet: there is nothing to match from.
 */
export async function suggestPeople(
  viewerUserId: string,
  locale: string,
  limit = 6,
  now = new Date(),
): Promise<PersonSuggestion[] | null> {
  const own = await previewOwnProfile(viewerUserId, locale, now);
  if (!own) return null;
  const others = await listDirectory(viewerUserId, DirectoryFilterSchema.parse({}), locale, now);
  const context = matchContext([own.self, ...others], locale);
  return suggestMatches(toMatchProfile(own.self), others.map(toMatchProfile), context, limit).map(
    ({ profile, reasons }) => ({ profile: profile.shown, reasons }),
  );
}
