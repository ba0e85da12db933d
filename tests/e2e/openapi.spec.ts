import type { APIRequestContext, APIResponse } from "@playwright/test";
import { parse as parseCsv } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import ICAL from "ical.js";
import { ResponseSchemas, validateOpenApiDocument } from "@/tests/openapi-document";
import { expect, test } from "./fixtures";

// docs/openapi.yaml is true: the document passes a standard OpenAPI validator, and every GET it documents is
// fetched from the running server (demo data) and its status, content type, headers and body are checked
// against what the document says — JSON bodies with ajv against the schemas (the HSDS ones against the official
// HSDS schemas), calendars, CSVs and ZIPs by reading them with their own libraries. Invalid requests to every
// route answer a documented error status with the Error body and Cache-Control: no-store.

const schemas = new ResponseSchemas();
const documentedGets = Object.entries(schemas.document.paths)
  .filter(([, item]) => item.get)
  .map(([route]) => route);
const ZERO_UUID = "00000000-0000-4000-8000-000000000000";

/** Ids and slugs of the demo data for the path parameters, found through the list answers. */
type Ids = Record<string, string>;

async function json<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

async function findIds(request: APIRequestContext): Promise<Ids> {
  const feed = await request.get("/api/v1/events.ics");
  const vevent = new ICAL.Component(ICAL.parse(await feed.text()) as unknown[]).getFirstSubcomponent("vevent");
  const eventUrl = String(vevent?.getFirstPropertyValue("url") ?? "");
  const firstId = async (list: string) =>
    (await json<{ contents: { id: string }[] }>(request, `/api/hsds/${list}?per_page=1`)).contents[0]?.id ?? ZERO_UUID;
  return {
    slug: eventUrl.split("/").pop() ?? "",
    service: await firstId("services"),
    organization: await firstId("organizations"),
    service_at_location: await firstId("service_at_locations"),
    taxonomy: await firstId("taxonomies"),
    taxonomy_term: await firstId("taxonomy_terms"),
  };
}

/** The request of each documented GET that should succeed on the demo data, and the status it answers. */
function requests(ids: Ids): Record<string, { url: string; status: number }> {
  return {
    "/api/v1/search": { url: "/api/v1/search?q=beratung&topic=sprache-bildung&locale=en&perPage=50", status: 200 },
    "/api/v1/search/points": { url: "/api/v1/search/points?municipality=guetersloh&locale=ar", status: 200 },
    "/api/v1/search.csv": { url: "/api/v1/search.csv?q=beratung&locale=uk", status: 200 },
    "/api/v1/coverage": { url: "/api/v1/coverage?language=ar&audience=frauen", status: 200 },
    "/api/v1/coverage.csv": { url: "/api/v1/coverage.csv?topic=arbeit-wirtschaft&locale=tr", status: 200 },
    "/api/v1/coverage.svg": { url: "/api/v1/coverage.svg?topic=sprache-bildung&locale=ar", status: 200 },
    "/api/v1/region/borders": { url: "/api/v1/region/borders", status: 200 },
    "/api/v1/events.ics": { url: "/api/v1/events.ics?locale=en", status: 200 },
    "/api/v1/events/{slug}/ical": { url: `/api/v1/events/${ids.slug}/ical?locale=tr`, status: 200 },
    // Downloads of a signed-in person: here, signed out.
    "/api/v1/network/contacts/{profileId}/vcard": { url: "/api/v1/network/contacts/cm0profile/vcard", status: 401 },
    "/api/v1/account/export": { url: "/api/v1/account/export", status: 401 },
    "/api/v1/organisations/similar": {
      url: "/api/v1/organisations/similar?name=Caritas&municipality=verl",
      status: 401,
    },
    // The end-to-end server has no tile server configured (the app draws its own base map).
    "/api/tiles/{z}/{x}/{y}": { url: "/api/tiles/12/2143/1354.png", status: 404 },
    "/api/health": { url: "/api/health", status: 200 },
    "/api/hsds": { url: "/api/hsds", status: 200 },
    "/api/hsds/services": { url: "/api/hsds/services?per_page=20&topic=sprache-bildung", status: 200 },
    "/api/hsds/services/{id}": { url: `/api/hsds/services/${ids.service}`, status: 200 },
    "/api/hsds/organizations": { url: "/api/hsds/organizations?full=true&per_page=5", status: 200 },
    "/api/hsds/organizations/{id}": {
      url: `/api/hsds/organizations/${ids.organization}?full_service=true`,
      status: 200,
    },
    "/api/hsds/service_at_locations": { url: "/api/hsds/service_at_locations?per_page=20", status: 200 },
    "/api/hsds/service_at_locations/{id}": {
      url: `/api/hsds/service_at_locations/${ids.service_at_location}`,
      status: 200,
    },
    "/api/hsds/taxonomies": { url: "/api/hsds/taxonomies", status: 200 },
    "/api/hsds/taxonomies/{id}": { url: `/api/hsds/taxonomies/${ids.taxonomy}`, status: 200 },
    "/api/hsds/taxonomy_terms": { url: "/api/hsds/taxonomy_terms?per_page=100", status: 200 },
    "/api/hsds/taxonomy_terms/{id}": { url: `/api/hsds/taxonomy_terms/${ids.taxonomy_term}`, status: 200 },
    "/api/hsds/openapi.json": { url: "/api/hsds/openapi.json", status: 200 },
    "/api/hsds/datapackage.zip": { url: "/api/hsds/datapackage.zip", status: 200 },
  };
}

/** Requests that must fail, per documented route: the status and error code they answer. */
const INVALID: [route: string, url: string, status: number, code: string][] = [
  ["/api/v1/search", "/api/v1/search?radius=500&near=51.9,8.4", 400, "invalid_query"],
  ["/api/v1/search", "/api/v1/search?sort=distance", 400, "invalid_query"],
  ["/api/v1/search", "/api/v1/search?municipality=Not%20A%20Slug&perPage=1000", 400, "invalid_query"],
  ["/api/v1/search/points", "/api/v1/search/points?bbox=1,2", 400, "invalid_query"],
  ["/api/v1/search.csv", "/api/v1/search.csv?perPage=0", 400, "invalid_query"],
  ["/api/v1/search.csv", "/api/v1/search.csv?near=%3Cscript%3E", 400, "invalid_query"],
  ["/api/v1/coverage", "/api/v1/coverage?free=yes", 400, "invalid_query"],
  ["/api/v1/coverage.csv", "/api/v1/coverage.csv?topic=Not%20A%20Slug", 400, "invalid_query"],
  ["/api/v1/coverage.svg", "/api/v1/coverage.svg?language=xx-not-a-code", 400, "invalid_query"],
  ["/api/v1/events/{slug}/ical", "/api/v1/events/gibt-es-nicht/ical", 404, "not_found"],
  ["/api/v1/events/{slug}/ical", "/api/v1/events/Not%20A%20Slug/ical", 404, "not_found"],
  ["/api/v1/network/contacts/{profileId}/vcard", "/api/v1/network/contacts/x/vcard", 401, "unauthenticated"],
  ["/api/v1/account/export", "/api/v1/account/export", 401, "unauthenticated"],
  ["/api/v1/organisations/similar", "/api/v1/organisations/similar?name=a", 401, "unauthenticated"],
  ["/api/tiles/{z}/{x}/{y}", "/api/tiles/3/99/99", 400, "invalid_tile"],
  ["/api/tiles/{z}/{x}/{y}", "/api/tiles/19/0/0", 400, "invalid_tile"],
  ["/api/tiles/{z}/{x}/{y}", "/api/tiles/12/2143/1354", 404, "tile_unavailable"],
  ["/api/hsds/services", "/api/hsds/services?per_page=0", 400, "invalid_query"],
  ["/api/hsds/services", "/api/hsds/services?taxonomy_term_id=nope&modified_after=gestern", 400, "invalid_query"],
  ["/api/hsds/services/{id}", `/api/hsds/services/${ZERO_UUID}`, 404, "not_found"],
  ["/api/hsds/services/{id}", "/api/hsds/services/not-a-uuid", 404, "not_found"],
  ["/api/hsds/organizations", "/api/hsds/organizations?page=0", 400, "invalid_query"],
  ["/api/hsds/organizations/{id}", `/api/hsds/organizations/${ZERO_UUID}`, 404, "not_found"],
  ["/api/hsds/organizations/{id}", `/api/hsds/organizations/${ZERO_UUID}?full_service=maybe`, 400, "invalid_query"],
  ["/api/hsds/service_at_locations", "/api/hsds/service_at_locations?postcode=abc", 400, "invalid_query"],
  ["/api/hsds/service_at_locations/{id}", `/api/hsds/service_at_locations/${ZERO_UUID}`, 404, "not_found"],
  ["/api/hsds/taxonomies", "/api/hsds/taxonomies?per_page=5000", 400, "invalid_query"],
  ["/api/hsds/taxonomies/{id}", `/api/hsds/taxonomies/${ZERO_UUID}`, 404, "not_found"],
  ["/api/hsds/taxonomy_terms", "/api/hsds/taxonomy_terms?top_only=1", 400, "invalid_query"],
  ["/api/hsds/taxonomy_terms/{id}", `/api/hsds/taxonomy_terms/${ZERO_UUID}`, 404, "not_found"],
];

const mediaTypeOf = (response: APIResponse) => (response.headers()["content-type"] ?? "").split(";")[0]!.trim();

/** Status, content type, documented headers and (JSON) body of one answer against the document. */
async function expectDocumented(route: string, url: string, response: APIResponse) {
  const status = response.status();
  const documented = schemas.response(route, status);
  expect(documented, `${url}: status ${status} is not documented for ${route}`).not.toBeNull();
  const mediaType = mediaTypeOf(response);
  const content = documented!.response.content ?? {};
  expect(Object.keys(content), `${url}: ${mediaType} is not documented`).toContain(mediaType);
  for (const header of schemas.headers(route, status)) {
    const value = response.headers()[header.name.toLowerCase()];
    if (header.name === "Retry-After" && value === undefined) continue;
    expect([url, header.name, header.validate(value)], `${header.name}: ${value}`).toEqual([url, header.name, true]);
  }
  if (mediaType !== "application/json") return;
  const validate = schemas.body(route, status, mediaType);
  const body: unknown = await response.json();
  const valid = validate(body);
  expect(valid ? [] : schemas.errorsOf(validate), `${url} against the documented schema`).toEqual([]);
  return body;
}

/** RFC 5545 text read back with ical.js: CRLF after every line, the VTIMEZONE, local times with TZID. */
function expectCalendar(text: string, url: string): ICAL.Component {
  expect(text.endsWith("END:VCALENDAR\r\n"), url).toBe(true);
  expect(text.replaceAll("\r\n", ""), url).not.toMatch(/[\r\n]/);
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  expect(calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual([
    "Europe/Berlin",
  ]);
  const vevents = calendar.getAllSubcomponents("vevent");
  expect(vevents.length, url).toBeGreaterThan(0);
  for (const vevent of vevents)
    for (const name of ["dtstart", "dtend"])
      expect(vevent.getFirstProperty(name)?.getParameter("tzid"), `${url} ${name}`).toBe("Europe/Berlin");
  return calendar;
}

test("docs/openapi.yaml is a valid OpenAPI 3.1 document", () => {
  expect(validateOpenApiDocument()).toEqual({ valid: true, version: "3.1" });
});

test("every documented GET answers as documented on the demo data", async ({ request }) => {
  test.setTimeout(180_000);
  const ids = await findIds(request);
  expect(ids.slug).toMatch(/^[a-z0-9-]+$/);
  const table = requests(ids);
  expect(Object.keys(table).sort(), "every documented GET has a request here").toEqual([...documentedGets].sort());

  for (const [route, { url, status }] of Object.entries(table)) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect([url, response.status()]).toEqual([url, status]);
    await expectDocumented(route, url, response);
    const mediaType = mediaTypeOf(response);
    if (mediaType === "text/calendar") {
      const calendar = expectCalendar(await response.text(), url);
      const locale = new URL(url, "http://localhost").searchParams.get("locale");
      for (const vevent of calendar.getAllSubcomponents("vevent"))
        expect(String(vevent.getFirstPropertyValue("url"))).toContain(`/${locale}/veranstaltungen/`);
    } else if (mediaType === "text/csv") {
      const bytes = await response.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(bytes.subarray(3).toString("utf8"), {
        delimiter: ";",
        record_delimiter: "\r\n",
      });
      if (route === "/api/v1/coverage.csv") {
        // The atlas's table in Turkish: the header, 13 municipalities and the county.
        expect([rows[0]![0], rows.length]).toEqual(["Belediye", 15]);
      } else {
        expect(rows[0]![0]).toBe("Назва");
        expect(rows.length - 1).toBe(Number(response.headers()["x-total-count"]));
        expect(rows.length).toBeGreaterThan(2);
      }
    } else if (mediaType === "application/zip") {
      const files = unzipSync(new Uint8Array(await response.body()));
      const datapackage = JSON.parse(strFromU8(files["datapackage.json"]!)) as { resources: { path: string }[] };
      expect(datapackage.resources.length).toBeGreaterThan(0);
      for (const resource of datapackage.resources) expect(Object.keys(files)).toContain(resource.path);
    }
  }
});

test("the HSDS lists stream as NDJSON, every line one record of the documented schema", async ({ request }) => {
  const response = await request.get("/api/hsds/services?format=ndjson");
  await expectDocumented("/api/hsds/services", "/api/hsds/services?format=ndjson", response);
  const lines = (await response.text()).split("\n").filter(Boolean);
  const page = await json<{ total_items: number; contents: unknown[] }>(request, "/api/hsds/services?per_page=1");
  expect(lines).toHaveLength(page.total_items);
  const validate = schemas.compile(
    "#/paths/~1api~1hsds~1services/get/responses/200/content/application~1json/schema/properties/contents/items",
  );
  for (const line of lines.slice(0, 50)) expect(validate(JSON.parse(line)), line.slice(0, 200)).toBe(true);
});

test("invalid requests answer a documented error with the Error body, never cached", async ({ request }) => {
  test.setTimeout(120_000);
  expect(new Set(INVALID.map(([route]) => route)).size).toBeGreaterThan(15);
  for (const [route, url, status, code] of INVALID) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect([url, response.status()]).toEqual([url, status]);
    expect(response.headers()["cache-control"], url).toBe("no-store");
    const body = (await expectDocumented(route, url, response)) as { error: { code: string; message: string } };
    expect([url, body.error.code]).toEqual([url, code]);
    expect(body.error.message.length).toBeGreaterThan(5);
  }
});

test("the events page links the feed for subscribing and downloading; the results page links its CSV", async ({
  page,
  request,
}) => {
  await page.goto("/en/veranstaltungen");
  const subscribe = page.getByRole("link", { name: "Subscribe to all events in your calendar" });
  await expect(subscribe).toHaveAttribute("href", /^webcal:\/\/localhost:\d+\/api\/v1\/events\.ics\?locale=en$/);
  const download = page.getByRole("link", { name: "Download all events as an iCal file" });
  const feed = await request.get((await download.getAttribute("href"))!);
  expectCalendar(await feed.text(), "the feed the events page links");

  await page.goto("/de/angebote?topic=sprache-bildung&municipality=verl&sort=updated");
  const total = Number((await page.getByRole("status").first().textContent())!.match(/\d+/)![0]);
  const csvLink = page.getByRole("link", { name: "Alle Treffer als Tabelle herunterladen (CSV)" });
  const href = (await csvLink.getAttribute("href"))!;
  expect(href).toBe("/api/v1/search.csv?municipality=verl&topic=sprache-bildung&sort=updated&locale=de");
  const csv = await request.get(href);
  expect(csv.headers()["content-disposition"]).toBe('attachment; filename="angebote.csv"');
  const rows = parseCsv((await csv.body()).subarray(3).toString("utf8"), { delimiter: ";" });
  expect(rows.length - 1).toBe(total);
});
