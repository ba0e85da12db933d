import fc from "fast-check";
import { NextRequest } from "next/server";
import { GET as getRecommendationsCsv } from "@/app/[locale]/netzwerk/arbeitsgruppen/[groupId]/handlungsempfehlungen.csv/route";
import { GET as getRegistrationsCsv } from "@/app/[locale]/verwaltung/veranstaltungen/[slug]/anmeldungen.csv/route";
import { GET as getHealth } from "@/app/api/health/route";
import { GET as getTile } from "@/app/api/tiles/[z]/[x]/[y]/route";
import { GET as getAccountExport } from "@/app/api/v1/account/export/route";
import { GET as getIcal } from "@/app/api/v1/events/[slug]/ical/route";
import { GET as getVcard } from "@/app/api/v1/network/contacts/[profileId]/vcard/route";
import { GET as getSimilarOrganisations } from "@/app/api/v1/organisations/similar/route";
import { GET as getBorders } from "@/app/api/v1/region/borders/route";
import { GET as getSearch } from "@/app/api/v1/search/route";
import { GET as getSearchCsv } from "@/app/api/v1/search.csv/route";
import { GET as getCoverage } from "@/app/api/v1/coverage/route";
import { GET as getCoverageCsv } from "@/app/api/v1/coverage.csv/route";
import { GET as getCoverageSvg } from "@/app/api/v1/coverage.svg/route";
import { GET as getEventsFeed } from "@/app/api/v1/events.ics/route";
import { GET as getHsdsOrganization } from "@/app/api/hsds/organizations/[id]/route";
import { GET as getHsdsOrganizations } from "@/app/api/hsds/organizations/route";
import { GET as getHsdsPlace } from "@/app/api/hsds/service_at_locations/[id]/route";
import { GET as getHsdsPlaces } from "@/app/api/hsds/service_at_locations/route";
import { GET as getHsdsService } from "@/app/api/hsds/services/[id]/route";
import { GET as getHsdsServices } from "@/app/api/hsds/services/route";
import { GET as getHsdsTerms } from "@/app/api/hsds/taxonomy_terms/route";
import { getActor } from "@/lib/auth/session";
import { locales } from "@/lib/i18n/locales";
import {
  expectNoFindings,
  FUZZ_TIMEOUT_MS,
  fuzzBoundary,
  outcomeOfResponse,
  type Boundary,
} from "@/tests/fuzz/fuzz-harness";
import { hostileText, queryPairs, rawQuery, textOr, toSearchParams } from "@/tests/fuzz/fuzz-inputs";
import { actorOf, buildFuzzWorld, caller, type Caller, type FuzzWorld } from "@/tests/fuzz/fuzz-world";

// Every route handler in app/ called as Next calls it: a real NextRequest with a generated query string and
// generated path parameters, by a generated caller. The session is the one edge mocked (next-auth is exercised
// in sign-in.fuzz.db.test.ts).

jest.mock("@/lib/auth/session", () => ({ getActor: jest.fn(), requireActor: jest.fn() }));
const getActorMock = jest.mocked(getActor);

let world: FuzzWorld;

beforeAll(async () => {
  world = await buildFuzzWorld();
});

async function as(who: Caller): Promise<void> {
  const actor = await actorOf(world, who);
  getActorMock.mockResolvedValue(actor);
}

const localeParam = () => textOr([...locales, "DE", "xx"]);
/** A query string: the route's own parameters with generated values, or a raw one with broken escapes. */
const query = (names: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: queryPairs(names, world.plausible).map((pairs) => toSearchParams(pairs).toString()) },
    { weight: 1, arbitrary: rawQuery },
  );
const request = (path: string, search: string) => new NextRequest(`http://localhost${path}?${search}`);
const segment = (value: string) => encodeURIComponent(value);

type RouteInput = { who: Caller; search: string; params: Record<string, string> };

/** A route boundary: who calls, with which query string and which path parameters. */
function route(
  name: string,
  queryNames: readonly string[],
  params: Record<string, () => fc.Arbitrary<string>>,
  call: (input: RouteInput) => Promise<Response> | Response,
): () => Boundary<RouteInput> {
  return () => ({
    name,
    input: fc.record({
      who: caller,
      search: query(queryNames),
      params: fc.record(Object.fromEntries(Object.entries(params).map(([key, make]) => [key, make()]))),
    }),
    run: async (input) => {
      await as(input.who);
      return outcomeOfResponse(await call(input));
    },
  });
}

const searchNames = [
  "q",
  "municipality",
  "topic",
  "language",
  "audience",
  "free",
  "near",
  "radius",
  "bbox",
  "sort",
  "page",
  "perPage",
  "locale",
];

const hsdsPaging = ["page", "per_page", "search", "format"];
const hsdsServiceFilters = [
  "taxonomy_term_id",
  "taxonomy_id",
  "organization_id",
  "modified_after",
  "municipality",
  "topic",
];
const hsdsLists: [string, (request: NextRequest) => Promise<Response>, string[]][] = [
  ["/api/hsds/services", getHsdsServices, [...hsdsPaging, ...hsdsServiceFilters, "full", "minimal"]],
  [
    "/api/hsds/service_at_locations",
    getHsdsPlaces,
    [...hsdsPaging, ...hsdsServiceFilters, "full", "postcode", "proximity"],
  ],
  ["/api/hsds/organizations", getHsdsOrganizations, [...hsdsPaging, "full", "full_service"]],
  ["/api/hsds/taxonomy_terms", getHsdsTerms, [...hsdsPaging, "taxonomy_id", "parent_id", "top_only"]],
];
type RecordHandler = (request: NextRequest, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const hsdsRecords: [string, RecordHandler][] = [
  ["/api/hsds/services", getHsdsService],
  ["/api/hsds/service_at_locations", getHsdsPlace],
  ["/api/hsds/organizations", getHsdsOrganization],
];

const boundaries: [string, () => Boundary<RouteInput>][] = [
  ["GET /api/health", route("GET /api/health", ["x"], {}, () => getHealth())],
  ["GET /api/v1/region/borders", route("GET /api/v1/region/borders", ["x"], {}, () => getBorders())],
  [
    "GET /api/v1/search",
    route("GET /api/v1/search", searchNames, {}, ({ search }) => getSearch(request("/api/v1/search", search))),
  ],
  [
    "GET /api/tiles/{z}/{x}/{y}",
    route(
      "GET /api/tiles/{z}/{x}/{y}",
      ["x"],
      {
        z: () => textOr(["0", "12", "18", "19", "-1", "1.5"]),
        x: () => textOr(["0", "2143", "99999999999999999999"]),
        y: () => textOr(["0", "1372.png", "1372.jpg", "1e3"]),
      },
      ({ search, params }) =>
        getTile(request(`/api/tiles/${segment(params.z!)}/${segment(params.x!)}/${segment(params.y!)}`, search), {
          params: Promise.resolve({ z: params.z!, x: params.x!, y: params.y! }),
        }),
    ),
  ],
  [
    "GET /api/v1/events/{slug}/ical",
    route(
      "GET /api/v1/events/{slug}/ical",
      ["locale"],
      { slug: () => textOr([world.slugs.event]) },
      ({ search, params }) =>
        getIcal(request(`/api/v1/events/${segment(params.slug!)}/ical`, search), {
          params: Promise.resolve({ slug: params.slug! }),
        }),
    ),
  ],
  [
    "GET /api/v1/network/contacts/{profileId}/vcard",
    route(
      "GET /api/v1/network/contacts/{profileId}/vcard",
      ["x"],
      { profileId: () => textOr(world.plausible) },
      ({ search, params }) =>
        getVcard(request(`/api/v1/network/contacts/${segment(params.profileId!)}/vcard`, search), {
          params: Promise.resolve({ profileId: params.profileId! }),
        }),
    ),
  ],
  [
    "GET /api/v1/organisations/similar",
    route("GET /api/v1/organisations/similar", ["name", "municipality", "lat", "lng"], {}, ({ search }) =>
      getSimilarOrganisations(request("/api/v1/organisations/similar", search)),
    ),
  ],
  [
    "GET /api/v1/search.csv",
    route("GET /api/v1/search.csv", searchNames, {}, ({ search }) =>
      getSearchCsv(request("/api/v1/search.csv", search)),
    ),
  ],
  ...(
    [
      ["/api/v1/coverage", getCoverage],
      ["/api/v1/coverage.csv", getCoverageCsv],
      ["/api/v1/coverage.svg", getCoverageSvg],
    ] as const
  ).map(([path, handler]): [string, () => Boundary<RouteInput>] => [
    `GET ${path}`,
    route(`GET ${path}`, searchNames, {}, ({ search }) => handler(request(path, search))),
  ]),
  [
    "GET /api/v1/events.ics",
    route("GET /api/v1/events.ics", ["locale"], {}, ({ search }) =>
      getEventsFeed(request("/api/v1/events.ics", search)),
    ),
  ],
  ...hsdsLists.map(([path, handler, names]): [string, () => Boundary<RouteInput>] => [
    `GET ${path}`,
    route(`GET ${path}`, names, {}, ({ search }) => handler(request(path, search))),
  ]),
  ...hsdsRecords.map(([path, handler]): [string, () => Boundary<RouteInput>] => [
    `GET ${path}/{id}`,
    route(
      `GET ${path}/{id}`,
      ["full_service"],
      { id: () => textOr(["0f5a3a8e-5c1e-4d1b-9d8e-7b2f64a0c4d3", ...world.plausible]) },
      ({ search, params }) =>
        handler(request(`${path}/${segment(params.id!)}`, search), { params: Promise.resolve({ id: params.id! }) }),
    ),
  ]),
  ["GET /api/v1/account/export", route("GET /api/v1/account/export", ["x"], {}, () => getAccountExport())],
  [
    "GET /{locale}/verwaltung/veranstaltungen/{slug}/anmeldungen.csv",
    route(
      "GET /{locale}/verwaltung/veranstaltungen/{slug}/anmeldungen.csv",
      ["status", "group", "municipality", "checkedIn", "q"],
      { locale: localeParam, slug: () => textOr([world.slugs.event]) },
      ({ search, params }) =>
        getRegistrationsCsv(
          request(
            `/${segment(params.locale!)}/verwaltung/veranstaltungen/${segment(params.slug!)}/anmeldungen.csv`,
            search,
          ),
          { params: Promise.resolve({ locale: params.locale!, slug: params.slug! }) },
        ),
    ),
  ],
  [
    "GET /{locale}/netzwerk/arbeitsgruppen/{groupId}/handlungsempfehlungen.csv",
    route(
      "GET /{locale}/netzwerk/arbeitsgruppen/{groupId}/handlungsempfehlungen.csv",
      ["x"],
      { locale: localeParam, groupId: () => textOr([world.ids.groupId]) },
      ({ search, params }) =>
        getRecommendationsCsv(
          request(
            `/${segment(params.locale!)}/netzwerk/arbeitsgruppen/${segment(params.groupId!)}/handlungsempfehlungen.csv`,
            search,
          ),
          { params: Promise.resolve({ locale: params.locale!, groupId: params.groupId! }) },
        ),
    ),
  ],
];

test.each(boundaries)(
  "%s answers every generated request with 2xx, 3xx or a 4xx that says why",
  async (_name, make) => {
    expectNoFindings(await fuzzBoundary(make()));
  },
  FUZZ_TIMEOUT_MS,
);

test("the harness counts a bare error code as an unexplained 4xx and a thrown error as a 5xx", async () => {
  const figures = await fuzzBoundary(
    {
      name: "self-check",
      input: hostileText,
      run: async (text) => {
        if (text.length % 2 === 0) return outcomeOfResponse(Response.json({ error: "invalid_query" }, { status: 400 }));
        throw new Error("boom");
      },
    },
    { record: false },
  );
  expect(figures.unexplained4xx + figures["5xx"]).toBe(figures.inputs);
  expect(figures.findings.length).toBeGreaterThan(0);
});
