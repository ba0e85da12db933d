import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { berlinMonth } from "@/lib/events/event-time";
import { canSeeResidentWords } from "@/lib/gaps/gap-access";
import { clientKeyFrom } from "@/lib/rate-limit/client-key";
import type { SearchRequest } from "@/lib/search/search-request";

// What residents searched for and did not find (docs/decisions/017-gap-atlas.md). The results page counts a
// search whose text found at most FEW_RESULTS offers, per month, normalised query, municipality filter, topic
// filter and UI language. A row holds no address, session, time of day or anything else about the person, and
// a query is shown only where at least K_ANONYMITY searches asked it, only to admins and working-group
// moderators. The retention job deletes months older than UNMET_SEARCH_KEEP_MONTHS.

/** "Very few results": a search that finds one or two offers has not met the need either. */
export const FEW_RESULTS = 2;
/** A query text is shown only when this many searches asked it in one municipality and topic. */
export const K_ANONYMITY = 5;
export const UNMET_SEARCH_KEEP_MONTHS = 12;
const MAX_QUERY_LENGTH = 100;

/** One way of writing a query: compatibility forms folded, lower case, single spaces, at most 100 characters. */
export function normaliseQuery(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase("de").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
}

/** The oldest month kept: with `now`'s own, UNMET_SEARCH_KEEP_MONTHS months; earlier ones are deleted. */
export function oldestKeptMonth(now: Date): string {
  const [year, month] = berlinMonth(now).split("-").map(Number) as [number, number];
  const index = year * 12 + (month - 1) - (UNMET_SEARCH_KEEP_MONTHS - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

// The same person pressing reload is one search, not five: a search is counted once per client and query for
// an hour. Only a salted hash is held, in memory, never stored; the salt is new with every server start.
const REPEAT_WINDOW_MS = 60 * 60 * 1000;
const MAX_REMEMBERED = 20_000;
type RecentSearches = { salt: Buffer; seen: Map<string, number> };
const recentState: RecentSearches = ((globalThis as { unmetSearchRecent?: RecentSearches }).unmetSearchRecent ??= {
  salt: randomBytes(32),
  seen: new Map<string, number>(),
});

function isRepeat(fingerprint: string, now: number): boolean {
  const key = createHash("sha256").update(recentState.salt).update(fingerprint).digest("base64url");
  const seen = recentState.seen.get(key);
  if (seen !== undefined && now - seen < REPEAT_WINDOW_MS) return true;
  recentState.seen.delete(key);
  recentState.seen.set(key, now);
  const oldest = recentState.seen.keys().next();
  if (recentState.seen.size > MAX_REMEMBERED && !oldest.done) recentState.seen.delete(oldest.value);
  return false;
}

export type UnmetSearchInput = {
  text: string;
  municipality: string[];
  topic: string[];
  locale: string;
  total: number;
  /** Who asked, only to count a repeated search once (lib/rate-limit/client-key.ts); never stored. */
  clientKey: string;
};

/** Counts the search if its text found at most FEW_RESULTS offers; whether it was counted. */
export async function recordUnmetSearch(search: UnmetSearchInput, now = new Date()): Promise<boolean> {
  const query = normaliseQuery(search.text);
  if (query.length < 2 || search.total > FEW_RESULTS) return false;
  // Several municipalities or topics at once are counted as the county and as no topic.
  const municipality = search.municipality.length === 1 ? search.municipality[0]! : "";
  const topic = search.topic.length === 1 ? search.topic[0]! : "";
  if (isRepeat(JSON.stringify([search.clientKey, query, municipality, topic]), now.getTime())) return false;
  const month = berlinMonth(now);
  const zero = search.total === 0 ? 1 : 0;
  await prisma.unmetSearch.upsert({
    where: { month_query_municipality_topic_locale: { month, query, municipality, topic, locale: search.locale } },
    create: { month, query, municipality, topic, locale: search.locale, searches: 1, zeroResults: zero },
    update: { searches: { increment: 1 }, zeroResults: { increment: zero } },
  });
  return true;
}

/**
 * The results page's hook: counts its first page when a resident's text found (almost) nothing. A prefetch by
 * the router is nobody searching; a failed count is logged and never fails the search.
 */
export async function countResultsPageSearch(request: SearchRequest, total: number, headers: Headers): Promise<void> {
  if (request.page !== 1 || headers.has("next-router-prefetch") || headers.get("sec-purpose")?.includes("prefetch"))
    return;
  try {
    await recordUnmetSearch({
      text: request.text,
      municipality: request.filters.municipality,
      topic: request.filters.topic,
      locale: request.locale,
      total,
      clientKey: clientKeyFrom(headers),
    });
  } catch (error) {
    console.error("Unmet search not counted:", error);
  }
}

export type UnmetSearch = {
  query: string;
  municipality: string; // "" for the whole county
  topic: string; // "" for no topic filter
  searches: number;
  zeroResults: number;
  locales: string[];
};

/**
 * The unmet searches of the kept months that at least K_ANONYMITY searches asked, per query, municipality and
 * topic, most asked first; null for anyone but admins and working-group moderators.
 */
export async function unmetSearchesFor(
  actor: Actor | null,
  filter: { topic?: string } = {},
  now = new Date(),
): Promise<UnmetSearch[] | null> {
  if (!(await canSeeResidentWords(actor))) return null;
  const groups = await prisma.unmetSearch.groupBy({
    by: ["query", "municipality", "topic"],
    where: { month: { gte: oldestKeptMonth(now) }, ...(filter.topic ? { topic: filter.topic } : {}) },
    _sum: { searches: true, zeroResults: true },
    having: { searches: { _sum: { gte: K_ANONYMITY } } },
    orderBy: [{ _sum: { searches: "desc" } }, { query: "asc" }],
    take: 200,
  });
  if (groups.length === 0) return [];
  const localeRows = await prisma.unmetSearch.findMany({
    where: { month: { gte: oldestKeptMonth(now) }, query: { in: groups.map((g) => g.query) } },
    select: { query: true, municipality: true, topic: true, locale: true },
    distinct: ["query", "municipality", "topic", "locale"],
  });
  return groups.map((group) => ({
    query: group.query,
    municipality: group.municipality,
    topic: group.topic,
    searches: group._sum.searches ?? 0,
    zeroResults: group._sum.zeroResults ?? 0,
    locales: localeRows
      .filter((r) => r.query === group.query && r.municipality === group.municipality && r.topic === group.topic)
      .map((r) => r.locale)
      .sort(),
  }));
}

/** Deletes the months past UNMET_SEARCH_KEEP_MONTHS (the retention job); how many rows. */
export async function pruneUnmetSearches(now = new Date()): Promise<number> {
  const { count } = await prisma.unmetSearch.deleteMany({ where: { month: { lt: oldestKeptMonth(now) } } });
  return count;
}
