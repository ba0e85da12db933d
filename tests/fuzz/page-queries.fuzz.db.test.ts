import fc from "fast-check";
import { callbackPathSchema } from "@/lib/auth/sign-in-input";
import { listRegistrations, RegistrationFilterSchema } from "@/lib/events/registration-list";
import { ACTION_NOTICES, NOTICE_PARAM, readNotice } from "@/lib/forms/action-notice";
import { inspectFreshnessLink } from "@/lib/freshness/freshness-links";
import { locales } from "@/lib/i18n/locales";
import { DirectoryFilterSchema, listDirectory } from "@/lib/network/directory";
import { checkInvitation } from "@/lib/organisations/members";
import { getReviewQueue, ReviewFilterSchema } from "@/lib/review/review-queue";
import { searchOffers } from "@/lib/search/search-offers";
import { parseSearchRequest } from "@/lib/search/search-request";
import { searchHref, toSearchParams } from "@/lib/search/search-url";
import { parsePageParam, parseSlug } from "@/lib/validation/page-params";
import {
  expectNoFindings,
  FUZZ_TIMEOUT_MS,
  fuzzBoundary,
  isHumanText,
  type Boundary,
  type Outcome,
} from "@/tests/fuzz/fuzz-harness";
import { queryPairs, textOr, toPageSearchParams } from "@/tests/fuzz/fuzz-inputs";
import { actorOf, buildFuzzWorld, caller, type FuzzWorld } from "@/tests/fuzz/fuzz-world";

// The query strings and route parameters of the pages, through the parsers the pages call and on into the
// queries they feed (app/[locale]/**/page.tsx). A page has no 4xx of its own: invalid parameters fall back to
// defaults (200) or the page names them; a slug that is not one is the not-found page (404).

let world: FuzzWorld;

beforeAll(async () => {
  world = await buildFuzzWorld();
});

type Query = Record<string, string | string[]>;
const pageQuery = (names: readonly string[]): fc.Arbitrary<Query> =>
  queryPairs(names, world.plausible).map(toPageSearchParams);
const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const firstValues = (query: Query) =>
  Object.fromEntries(Object.entries(query).map(([key, value]) => [key, firstValue(value)]));
const ok: Outcome = { status: 200, explained: true };
const failed = (detail: string): Outcome => ({ status: 500, explained: false, detail });

/** The search page and GET /api/v1/search share the parser; the page then searches and links the state. */
async function searchPage(query: Query, locale: string): Promise<Outcome> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const v of [value].flat()) params.append(key, v);
  params.set("locale", locale);
  const parsed = parseSearchRequest(params);
  if (!parsed.ok) {
    // The page drops and names these parameters; each issue must say what is wrong in words.
    const explained = parsed.issues.length > 0 && parsed.issues.every((issue) => isHumanText(issue.message));
    return { status: 400, explained, detail: JSON.stringify(parsed.issues).slice(0, 200) };
  }
  await searchOffers(parsed.request);
  const href = searchHref(parsed.request.locale, parsed.request);
  if (!href.startsWith(`/${parsed.request.locale}/`)) return failed(`search link leaves the site: ${href}`);
  const again = parseSearchRequest(toSearchParams(parsed.request));
  return again.ok ? ok : failed(`the page's own link does not parse: ${JSON.stringify(again.issues)}`);
}

/** A page's parameters: the generated input (made once the world exists) and what the page does with it. */
function page<T>(
  name: string,
  input: () => fc.Arbitrary<T>,
  run: (value: T) => Promise<Outcome> | Outcome,
): [string, () => Boundary<T>] {
  return [name, () => ({ name: `page ${name}`, input: input(), run: async (value) => run(value) })];
}

const searchNames = [
  "q",
  "municipality",
  "topic",
  "language",
  "free",
  "near",
  "radius",
  "bbox",
  "sort",
  "page",
  "perPage",
];

const boundaries: [string, () => Boundary<unknown>][] = [
  page(
    "/{locale}/angebote?…",
    () => fc.tuple(pageQuery(searchNames), fc.constantFrom(...locales)),
    ([query, locale]) => searchPage(query, locale),
  ),
  page(
    "?page= (municipality, topic and organisation pages)",
    () => pageQuery(["page"]),
    (query) => {
      const value = parsePageParam(query.page);
      return Number.isInteger(value) && value >= 1 && value <= 10_000 ? ok : failed(`page ${value}`);
    },
  ),
  // A slug that is not one is the not-found page.
  page(
    "/{locale}/…/{slug}",
    () => textOr(world.plausible),
    (slug) => (parseSlug(slug) === null ? { status: 404, explained: true } : ok),
  ),
  page(
    "/{locale}/netzwerk?…",
    () => fc.tuple(caller, pageQuery(["q", "in", "topic", "municipality", "kind", "language", NOTICE_PARAM])),
    async ([who, query]) => {
      const filter = DirectoryFilterSchema.parse(firstValues(query));
      const actor = await actorOf(world, who);
      await listDirectory(actor?.userId ?? null, filter, "de");
      // The layout's notice (after blocking a person) reads the same query: anything else in it shows nothing.
      const notice = readNotice(firstValue(query[NOTICE_PARAM]));
      return notice === null || ACTION_NOTICES.includes(notice) ? ok : failed(`notice ${String(notice)}`);
    },
  ),
  page(
    "/{locale}/verwaltung/veranstaltungen/{slug}?…",
    () => pageQuery(["status", "group", "municipality", "checkedIn", "q"]),
    async (query) => {
      const admin = (await actorOf(world, "admin"))!;
      await listRegistrations(admin, world.ids.eventId, RegistrationFilterSchema.parse(query));
      return ok;
    },
  ),
  page(
    "/{locale}/verwaltung?…",
    () => pageQuery(["section", "municipality", "kind"]),
    async (query) => {
      const admin = (await actorOf(world, "admin"))!;
      await getReviewQueue(admin, ReviewFilterSchema.parse(query));
      return ok;
    },
  ),
  page(
    "/{locale}/anmelden?callbackUrl=",
    () => pageQuery(["callbackUrl"]),
    (query) => {
      const raw = query.callbackUrl;
      if (typeof raw !== "string") return ok;
      const path = callbackPathSchema.parse(raw);
      // Only a path of this site: never another origin ("//evil", "/\\evil"), never a scheme.
      return /^\/(?![/\\])/.test(path) && !/\s/.test(path) ? ok : failed(`callback ${path}`);
    },
  ),
  page(
    "/{locale}/angebot-aktualisieren?token=",
    () => fc.tuple(pageQuery(["token"]), fc.boolean()),
    async ([query, isIssued]) => {
      const raw = isIssued ? world.freshnessToken : query.token;
      const token = typeof raw === "string" && raw.length <= 1_000 ? raw : "";
      const state = await inspectFreshnessLink(token);
      return ["ready", "used", "done", "invalid", "expired"].includes(state.status) ? ok : failed(state.status);
    },
  ),
  page(
    "/{locale}/einladung?token=",
    () => pageQuery(["token"]),
    async (query) => {
      const raw = query.token;
      const token = typeof raw === "string" && /^[A-Za-z0-9_-]{20,100}$/.test(raw) ? raw : null;
      if (token) await checkInvitation(token);
      return ok;
    },
  ),
] as unknown as [string, () => Boundary<unknown>][];

test.each(boundaries)(
  "page %s: every generated query string is answered",
  async (_name, make) => {
    expectNoFindings(await fuzzBoundary(make()));
  },
  FUZZ_TIMEOUT_MS,
);
