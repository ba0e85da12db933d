import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { localizedName } from "@/lib/i18n/localized-name";
import { organisationKinds } from "@/lib/organisations/organisation-kinds";
import {
  profileFields,
  viewerRelation,
  visibilitiesOf,
  visibilitySelect,
  visibleFields,
  type ViewerRelation,
} from "@/lib/network/visibility";
import { languageCodeSchema, slugSchema } from "@/lib/validation/fields";

// The attendee directory: profiles as the viewer may see them. Filters and search look only at what the viewer
// can see, so a filter can never reveal a hidden field (searching for a hidden municipality finds nothing).

export type ShownProfile = {
  id: string;
  userId: string;
  relation: ViewerRelation;
  displayName: string | null;
  organisationName: string | null;
  organisationKind: string | null;
  roleTitle: string | null;
  municipality: { id: string; slug: string; name: string } | null;
  topics: { id: string; slug: string; name: string }[] | null;
  languages: string[] | null;
  offersText: string | null;
  seeksText: string | null;
};

export const profileSelect = {
  id: true,
  userId: true,
  displayName: true,
  organisationName: true,
  organisationKind: true,
  roleTitle: true,
  languagesJson: true,
  offersText: true,
  seeksText: true,
  visibleUntil: true,
  ...visibilitySelect,
  municipality: { select: { id: true, slug: true, name: true } },
  topics: { select: { topic: { select: { id: true, slug: true, namesJson: true, sortOrder: true } } } },
} satisfies Prisma.ProfileSelect;

export type ProfileRow = Prisma.ProfileGetPayload<{ select: typeof profileSelect }>;

export function parseLanguages(json: string): string[] {
  try {
    const parsed = z.array(languageCodeSchema).safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return []; // a damaged value shows no languages rather than breaking the directory
  }
}

/** The profile with every field the relation may not see set to null. */
export function projectProfile(row: ProfileRow, relation: ViewerRelation, locale: string, now: Date): ShownProfile {
  const shown = visibleFields(visibilitiesOf(row), relation, row.visibleUntil, now);
  const topics = row.topics
    .map(({ topic }) => topic)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((topic) => ({ id: topic.id, slug: topic.slug, name: localizedName(topic.namesJson, locale) }));
  return {
    id: row.id,
    userId: row.userId,
    relation,
    displayName: shown.has("displayName") ? row.displayName : null,
    organisationName: shown.has("organisation") ? row.organisationName : null,
    organisationKind: shown.has("organisation") ? row.organisationKind : null,
    roleTitle: shown.has("roleTitle") ? row.roleTitle : null,
    municipality: shown.has("municipality") ? row.municipality : null,
    topics: shown.has("topics") ? topics : null,
    languages: shown.has("languages") ? parseLanguages(row.languagesJson) : null,
    offersText: shown.has("offersText") ? row.offersText : null,
    seeksText: shown.has("seeksText") ? row.seeksText : null,
  };
}

/** Events (ids) each person is registered for, cancelled registrations aside. */
async function eventIdsByUser(userIds: string[]): Promise<Map<string, Set<string>>> {
  const rows = await prisma.registration.findMany({
    where: { userId: { in: userIds }, status: { not: "cancelled" } },
    select: { userId: true, eventId: true },
  });
  const byUser = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!row.userId) continue; // excluded by the query; narrows the type (anonymised rows name nobody)
    const set = byUser.get(row.userId) ?? new Set<string>();
    set.add(row.eventId);
    byUser.set(row.userId, set);
  }
  return byUser;
}

/** People who blocked the viewer or whom the viewer blocked: neither sees the other in the network. */
async function blockedUserIds(viewerUserId: string | null): Promise<Set<string>> {
  if (!viewerUserId) return new Set();
  const blocks = await prisma.contactBlock.findMany({
    where: { OR: [{ blockerId: viewerUserId }, { blockedId: viewerUserId }] },
    select: { blockerId: true, blockedId: true },
  });
  return new Set(blocks.map((b) => (b.blockerId === viewerUserId ? b.blockedId : b.blockerId)));
}

async function project(rows: ProfileRow[], viewerUserId: string | null, locale: string, now: Date) {
  const events = await eventIdsByUser([...rows.map((r) => r.userId), ...(viewerUserId ? [viewerUserId] : [])]);
  const viewerEvents = (viewerUserId && events.get(viewerUserId)) || new Set<string>();
  return rows.map((row) =>
    projectProfile(
      row,
      viewerRelation(viewerUserId, row.userId, viewerEvents, events.get(row.userId) ?? []),
      locale,
      now,
    ),
  );
}

/** One profile as the viewer may see it; null when it does not exist, is blocked, or shows them no name. */
export async function findShownProfile(
  profileId: string,
  viewerUserId: string | null,
  locale: string,
  now = new Date(),
): Promise<ShownProfile | null> {
  const row = await prisma.profile.findUnique({ where: { id: profileId }, select: profileSelect });
  if (!row || (await blockedUserIds(viewerUserId)).has(row.userId)) return null;
  const [shown] = await project([row], viewerUserId, locale, now);
  return shown && (shown.relation === "self" || shown.displayName !== null) ? shown : null;
}

/** The person's own profile as each kind of viewer sees it: the "what others see of me" preview. */
export async function previewOwnProfile(userId: string, locale: string, now = new Date()) {
  const row = await prisma.profile.findUnique({ where: { userId }, select: profileSelect });
  if (!row) return null;
  return {
    self: projectProfile(row, "self", locale, now),
    fellowAttendee: projectProfile(row, "fellow-attendee", locale, now),
    signedIn: projectProfile(row, "signed-in", locale, now),
    anonymous: projectProfile(row, "anonymous", locale, now),
    visibleUntil: row.visibleUntil,
  };
}

const optionalFilter = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional()).catch(undefined);

export const DirectoryFilterSchema = z.object({
  q: optionalFilter(z.string().trim().max(100)),
  in: z.enum(["all", "offers", "seeks"]).catch("all").default("all"),
  topic: optionalFilter(slugSchema),
  municipality: optionalFilter(slugSchema),
  kind: optionalFilter(z.enum(organisationKinds)),
  language: optionalFilter(languageCodeSchema),
});
export type DirectoryFilter = z.infer<typeof DirectoryFilterSchema>;

/**
 * Whether the reader searched the directory (a word or any filter), rather than just opening the page. Then
 * the results are what they asked for and come before the suggestions. "Search in" alone narrows nothing.
 */
export function isDirectorySearch(filter: DirectoryFilter): boolean {
  return Boolean(filter.q || filter.topic || filter.municipality || filter.kind || filter.language);
}

const normalise = (text: string) => text.toLocaleLowerCase("de").normalize("NFKD").replace(/\p{M}/gu, "");

function matchesFilter(profile: ShownProfile, filter: DirectoryFilter): boolean {
  if (filter.topic && !profile.topics?.some((t) => t.slug === filter.topic)) return false;
  if (filter.municipality && profile.municipality?.slug !== filter.municipality) return false;
  if (filter.kind && profile.organisationKind !== filter.kind) return false;
  if (filter.language && !profile.languages?.includes(filter.language)) return false;
  if (filter.q) {
    const texts =
      filter.in === "offers"
        ? [profile.offersText]
        : filter.in === "seeks"
          ? [profile.seeksText]
          : [profile.displayName, profile.organisationName, profile.roleTitle, profile.offersText, profile.seeksText];
    const haystack = normalise(texts.filter(Boolean).join(" "));
    if (
      !normalise(filter.q)
        .split(/\s+/)
        .every((word) => haystack.includes(word))
    )
      return false;
  }
  return true;
}

/** The directory for the viewer: everyone who shows them at least a name, filtered on what they show. */
export async function listDirectory(
  viewerUserId: string | null,
  filter: DirectoryFilter,
  locale: string,
  now = new Date(),
): Promise<ShownProfile[]> {
  const rows = await prisma.profile.findMany({
    where: {
      OR: [{ visibleUntil: null }, { visibleUntil: { gt: now } }],
      displayNameVisibility: viewerUserId ? { in: ["attendees", "public"] } : "public",
      ...(viewerUserId && { userId: { not: viewerUserId } }),
    },
    select: profileSelect,
    orderBy: { displayName: "asc" },
  });
  const blocked = await blockedUserIds(viewerUserId);
  const shown = await project(
    rows.filter((row) => !blocked.has(row.userId)),
    viewerUserId,
    locale,
    now,
  );
  return shown.filter((profile) => profile.displayName !== null && matchesFilter(profile, filter));
}

export { profileFields };
