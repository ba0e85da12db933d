import { NextRequest } from "next/server";
import { GET as getMeta } from "@/app/api/hsds/route";
import { GET as getOpenapi } from "@/app/api/hsds/openapi.json/route";
import { GET as getOrganization } from "@/app/api/hsds/organizations/[id]/route";
import { GET as getOrganizations } from "@/app/api/hsds/organizations/route";
import { GET as getServiceAtLocation } from "@/app/api/hsds/service_at_locations/[id]/route";
import { GET as getServiceAtLocations } from "@/app/api/hsds/service_at_locations/route";
import { GET as getService } from "@/app/api/hsds/services/[id]/route";
import { GET as getServices } from "@/app/api/hsds/services/route";
import { GET as getTaxonomy } from "@/app/api/hsds/taxonomies/[id]/route";
import { GET as getTaxonomies } from "@/app/api/hsds/taxonomies/route";
import { GET as getTaxonomyTerm } from "@/app/api/hsds/taxonomy_terms/[id]/route";
import { GET as getTaxonomyTerms } from "@/app/api/hsds/taxonomy_terms/route";
import { GET as search } from "@/app/api/v1/search/route";
import { distanceKm } from "@/lib/geo/distance";
import { getRegion } from "@/lib/region/region";
import { countApprovedOrganisations, seedDemoDataForTest } from "@/tests/factories";
import { hsdsErrors } from "@/tests/hsds-schemas";
import { resetDatabase } from "@/tests/setup/reset-database";

// Every record of every HSDS endpoint on the demo data, validated against the official schemas by Ajv.

type Handler = (request: NextRequest, context: { params: Promise<{ id: string }> }) => Promise<Response> | Response;
type Page = { total_items: number; total_pages: number; page_number: number; size: number; contents: Item[] };
type Item = { id: string; [key: string]: unknown };

const request = (path: string) => new NextRequest(`http://localhost${path}`);

async function getJson(handler: Handler, path: string, id = ""): Promise<{ status: number; body: unknown }> {
  const response = await handler(request(path), { params: Promise.resolve({ id }) });
  return { status: response.status, body: await response.json() };
}

/** Every page of a list, each page checked against the spec's Page schema and each record against `schema`. */
async function readAll(handler: Handler, path: string, schema: string): Promise<Item[]> {
  const items: Item[] = [];
  for (let page = 1; ; page++) {
    const separator = path.includes("?") ? "&" : "?";
    const { status, body } = await getJson(handler, `${path}${separator}page=${page}&per_page=100`);
    expect(status).toBe(200);
    expect(hsdsErrors("page", body)).toEqual([]);
    const answer = body as Page;
    expect(answer.page_number).toBe(page);
    expect(answer.size).toBe(answer.contents.length);
    for (const item of answer.contents)
      expect({ id: item.id, errors: hsdsErrors(schema, item) }).toEqual({ id: item.id, errors: [] });
    items.push(...answer.contents);
    if (page >= answer.total_pages) {
      expect(items).toHaveLength(answer.total_items);
      return items;
    }
  }
}

const searchTotal = async (query: string) =>
  ((await (await search(request(`/api/v1/search?${query}`))).json()) as { total: number }).total;

beforeAll(async () => {
  await resetDatabase();
  await seedDemoDataForTest(400);
}, 120_000);

test("the version answer names HSDS 3.0 and the API description, which is the spec's with this server", async () => {
  const { body } = await getJson(getMeta, "/api/hsds");
  expect(body).toEqual({
    version: "3.0",
    profile: expect.stringMatching(/^https:/),
    openapi_url: expect.stringMatching(/\/api\/hsds\/openapi\.json$/),
  });
  const { body: description } = await getJson(getOpenapi, "/api/hsds/openapi.json");
  expect(description).toMatchObject({ openapi: "3.1.0", servers: [{ url: expect.stringMatching(/\/api\/hsds$/) }] });
  expect(Object.keys((description as { paths: object }).paths)).toHaveLength(11);
});

test("every service, in its list, minimal and full forms and by id, is valid HSDS", async () => {
  const list = await readAll(getServices, "/api/hsds/services", "compiled/service_list.json");
  expect(list.length).toBeGreaterThan(300);
  expect(new Set(list.map((item) => item.id)).size).toBe(list.length);
  const full = await readAll(getServices, "/api/hsds/services?full=true", "service.json");
  expect(full.map((item) => item.id).sort()).toEqual(list.map((item) => item.id).sort());
  const minimal = await readAll(getServices, "/api/hsds/services?minimal=true", "compiled/service_list.json");
  expect(Object.keys(minimal[0]!).sort()).toEqual(["id", "last_modified", "name", "status"]);
  for (const { id } of list) {
    const { status, body } = await getJson(getService, `/api/hsds/services/${id}`, id);
    expect(status).toBe(200);
    expect({ id, errors: hsdsErrors("service.json", body) }).toEqual({ id, errors: [] });
  }
  // The whole model is there: languages, weekly schedules, costs, areas with their borders, places, terms.
  const nested = full as unknown as Record<string, { [key: string]: unknown }[]>[];
  const some = (field: string) => nested.filter((service) => (service[field] ?? []).length > 0).length;
  for (const field of [
    "languages",
    "schedules",
    "cost_options",
    "service_areas",
    "service_at_locations",
    "attributes",
  ]) {
    expect({ field, withIt: some(field) > 0 }).toEqual({ field, withIt: true });
  }
  const weekly = nested.flatMap((service) => service.schedules!).find((schedule) => schedule.freq === "WEEKLY")!;
  expect(weekly).toMatchObject({
    wkst: "MO",
    byday: expect.stringMatching(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/),
    opens_at: expect.stringMatching(/^\d\d:\d\d:00$/),
  });
  const area = nested.flatMap((service) => service.service_areas!)[0]!;
  expect(JSON.parse(area.extent as string)).toMatchObject({ type: "Polygon", coordinates: expect.any(Array) });
  const language = nested.flatMap((service) => service.languages!).find((entry) => entry.code === "ar")!;
  expect(language).toMatchObject({ name: "Arabisch" });
});

test("every organisation, service place, taxonomy and term is valid HSDS, in lists and by id", async () => {
  const organisations = await readAll(getOrganizations, "/api/hsds/organizations", "compiled/organization_list.json");
  expect(organisations).toHaveLength(await countApprovedOrganisations());
  await readAll(getOrganizations, "/api/hsds/organizations?full=true", "organization.json");
  for (const { id } of organisations) {
    const { status, body } = await getJson(getOrganization, `/api/hsds/organizations/${id}?full_service=true`, id);
    expect(status).toBe(200);
    expect({ id, errors: hsdsErrors("organization.json", body) }).toEqual({ id, errors: [] });
    for (const service of (body as { services: Item[] }).services) {
      expect({ id: service.id, errors: hsdsErrors("service.json", service) }).toEqual({ id: service.id, errors: [] });
    }
  }
  const places = await readAll(
    getServiceAtLocations,
    "/api/hsds/service_at_locations",
    "compiled/service_at_location_list.json",
  );
  expect(places.length).toBeGreaterThan(100);
  await readAll(getServiceAtLocations, "/api/hsds/service_at_locations?full=true", "service_at_location.json");
  for (const { id } of places.slice(0, 60)) {
    const { status, body } = await getJson(getServiceAtLocation, `/api/hsds/service_at_locations/${id}`, id);
    expect(status).toBe(200);
    expect({ id, errors: hsdsErrors("service_at_location.json", body) }).toEqual({ id, errors: [] });
  }
  const taxonomies = await readAll(getTaxonomies, "/api/hsds/taxonomies", "taxonomy.json");
  expect(taxonomies).toHaveLength(3);
  for (const { id } of taxonomies) {
    const { body } = await getJson(getTaxonomy, `/api/hsds/taxonomies/${id}`, id);
    expect(hsdsErrors("taxonomy.json", body)).toEqual([]);
  }
  const terms = await readAll(getTaxonomyTerms, "/api/hsds/taxonomy_terms", "taxonomy_term.json");
  const region = getRegion();
  expect(terms).toHaveLength(region.topics.length + region.audiences.length + region.municipalities.length);
  for (const { id } of terms) {
    const { body } = await getJson(getTaxonomyTerm, `/api/hsds/taxonomy_terms/${id}`, id);
    expect(hsdsErrors("taxonomy_term.json", body)).toEqual([]);
  }
});

test("HSDS totals equal the search totals, unfiltered and filtered alike", async () => {
  const total = async (path: string) => ((await getJson(getServices, path)).body as Page).total_items;
  expect(await total("/api/hsds/services")).toBe(await searchTotal(""));
  expect(await total("/api/hsds/services?search=beratung")).toBe(await searchTotal("q=beratung"));
  expect(await total("/api/hsds/services?search=beratung")).toBeGreaterThan(0);
  expect(await total("/api/hsds/services?municipality=verl")).toBe(await searchTotal("municipality=verl"));
  const twoTopics = await total("/api/hsds/services?topic=arbeit-wirtschaft&topic=gesundheit-pflege");
  expect(twoTopics).toBe(await searchTotal("topic=arbeit-wirtschaft&topic=gesundheit-pflege"));
  expect(twoTopics).toBeGreaterThan(0);
  const terms = ((await getJson(getTaxonomyTerms, "/api/hsds/taxonomy_terms?per_page=100")).body as Page).contents;
  for (const term of terms) {
    const facet = { Themen: "topic", Zielgruppen: "audience" }[String(term.taxonomy).split(": ")[1]!] ?? "municipality";
    expect({ term: term.code, total: await total(`/api/hsds/services?taxonomy_term_id=${term.id}`) }).toEqual({
      term: term.code,
      total: await searchTotal(`${facet}=${String(term.code)}`),
    });
  }
});

test("organisation and modified-since filters narrow the list as the database does", async () => {
  const services = async (query: string) => (await getJson(getServices, `/api/hsds/services?${query}`)).body as Page;
  const all = await services("per_page=1000");
  const byOrganisation = new Map<string, number>();
  for (const item of all.contents)
    byOrganisation.set(String(item.organization_id), (byOrganisation.get(String(item.organization_id)) ?? 0) + 1);
  for (const [organizationId, count] of [...byOrganisation].slice(0, 5)) {
    const answer = await services(`organization_id=${organizationId}`);
    expect(answer.total_items).toBe(count);
    expect(answer.contents.length).toBeGreaterThan(0);
    expect(answer.contents.every((item) => item.organization_id === organizationId)).toBe(true);
    const searched = await services(`organization_id=${organizationId}&search=beratung`);
    expect(searched.contents.every((item) => item.organization_id === organizationId)).toBe(true);
  }
  expect((await services("modified_after=2999-01-01")).total_items).toBe(0);
  expect((await services("modified_after=2000-01-01")).total_items).toBe(all.total_items);
  expect((await services("organization_id=00000000-0000-4000-8000-000000000000")).total_items).toBe(0);
});

test("filters on one facet all hold: a term, a topic, a postcode and a municipality narrow, never widen", async () => {
  const terms = ((await getJson(getTaxonomyTerms, "/api/hsds/taxonomy_terms?per_page=100")).body as Page).contents;
  const term = (code: string) => terms.find((entry) => entry.code === code)!.id;
  const total = async (query: string) =>
    ((await getJson(getServices, `/api/hsds/services?${query}`)).body as Page).total_items;
  const health = await total(`taxonomy_term_id=${term("gesundheit-pflege")}`);
  expect(health).toBeGreaterThan(0);
  expect(await total(`taxonomy_term_id=${term("gesundheit-pflege")}&topic=arbeit-wirtschaft`)).toBe(0);
  expect(
    await total(`taxonomy_term_id=${term("gesundheit-pflege")}&topic=gesundheit-pflege&topic=arbeit-wirtschaft`),
  ).toBe(health);
  expect(await total(`taxonomy_term_id=${term("verl")}&municipality=rietberg`)).toBe(0);
  const places = async (query: string) =>
    ((await getJson(getServiceAtLocations, `/api/hsds/service_at_locations?${query}`)).body as Page).total_items;
  expect(await places(`postcode=33790&taxonomy_term_id=${term("verl")}`)).toBe(0);
  expect(await places(`postcode=33790&taxonomy_term_id=${term("halle-westf")}`)).toBe(await places("postcode=33790"));
});

test("paging past the end, an empty result and the largest page answer as the spec's Page says", async () => {
  const all = (await getJson(getServices, "/api/hsds/services?per_page=1000&full=true")).body as Page;
  expect(all).toMatchObject({ page_number: 1, total_pages: 1, first_page: true, last_page: true, empty: false });
  expect(all.size).toBe(all.total_items);
  const beyond = (await getJson(getServices, "/api/hsds/services?page=99&per_page=50")).body as Page;
  expect(beyond).toMatchObject({
    page_number: 99,
    size: 0,
    contents: [],
    first_page: false,
    last_page: true,
    empty: false,
  });
  expect(beyond.total_items).toBe(all.total_items);
  const none = (await getJson(getServices, "/api/hsds/services?modified_after=2999-01-01")).body as Page;
  expect(none).toMatchObject({
    total_items: 0,
    total_pages: 0,
    size: 0,
    first_page: true,
    last_page: true,
    empty: true,
  });
  const organisations = (await getJson(getOrganizations, "/api/hsds/organizations?per_page=1000&full_service=true"))
    .body as Page;
  expect(organisations.size).toBe(await countApprovedOrganisations());
});

test("service places by postcode: the offers serving its municipality, or those within the given metres", async () => {
  type Place = { service: { id: string }; location: { latitude?: number; longitude?: number; location_type: string } };
  const places = async (query: string) =>
    ((await getJson(getServiceAtLocations, `/api/hsds/service_at_locations?per_page=1000&${query}`)).body as Page)
      .contents as unknown as Place[];
  const inHalle = new Set((await places("postcode=33790")).map((place) => place.service.id));
  const servingHalle = (
    (await getJson(getServices, "/api/hsds/services?per_page=1000&municipality=halle-westf")).body as Page
  ).contents;
  expect(inHalle.size).toBeGreaterThan(0);
  expect([...inHalle].every((id) => servingHalle.some((service) => service.id === id))).toBe(true);
  const centre = getRegion().municipalities.find((m) => m.slug === "halle-westf")!.center;
  const near = (await places("postcode=33790&proximity=3000")).filter(
    (place) => place.location.location_type === "physical",
  );
  expect(near.length).toBeGreaterThan(0);
  for (const { location } of near) {
    expect(distanceKm(centre, { lat: location.latitude!, lng: location.longitude! })).toBeLessThanOrEqual(3.01);
  }
  expect(await places("postcode=99999")).toEqual([]);
});

test("bad parameters get a 400 naming each, unknown ids a 404, both in the one error shape", async () => {
  const bad = await getJson(
    getServices,
    "/api/hsds/services?page=0&per_page=5000&full=yes&organization_id=nope&modified_after=gestern",
  );
  expect(bad.status).toBe(400);
  const issues = (bad.body as { error: { code: string; issues: { path: string }[] } }).error;
  expect(issues.code).toBe("invalid_query");
  expect(issues.issues.map((issue) => issue.path).sort()).toEqual([
    "full",
    "modified_after",
    "organization_id",
    "page",
    "per_page",
  ]);
  for (const [handler, path] of [
    [getService, "/api/hsds/services/x"],
    [getOrganization, "/api/hsds/organizations/x"],
    [getServiceAtLocation, "/api/hsds/service_at_locations/x"],
    [getTaxonomy, "/api/hsds/taxonomies/x"],
    [getTaxonomyTerm, "/api/hsds/taxonomy_terms/x"],
  ] as const) {
    const response = await (handler as Handler)(request(path), { params: Promise.resolve({ id: "x" }) });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not_found");
  }
});

test("format=ndjson streams every record without paging", async () => {
  const response = await getServices(request("/api/hsds/services?format=ndjson&per_page=5"));
  expect(response.headers.get("content-type")).toBe("application/x-ndjson");
  const lines = (await response.text()).trim().split("\n");
  expect(lines).toHaveLength(await searchTotal(""));
  for (const line of lines.slice(0, 50)) expect(hsdsErrors("compiled/service_list.json", JSON.parse(line))).toEqual([]);
});

test("the validator is not lenient: it refuses what the spec refuses", () => {
  expect(hsdsErrors("service.json", { id: "cm1abc", name: "Kurs", status: "active" })).toEqual([
    '/id must match format "uuid"',
  ]);
  expect(
    hsdsErrors("compiled/service_list.json", { id: "0f5a3a8e-5c1e-4d1b-9d8e-7b2f64a0c4d3", name: "Kurs" }),
  ).toEqual(["/ must have required property 'status'"]);
  expect(
    hsdsErrors("service.json", {
      id: "0f5a3a8e-5c1e-4d1b-9d8e-7b2f64a0c4d3",
      name: "Kurs",
      status: "active",
      schedules: [{ id: "0f5a3a8e-5c1e-4d1b-9d8e-7b2f64a0c4d3", freq: "DAILY" }],
    }),
  ).toEqual(["/schedules/0/freq must be equal to one of the allowed values"]);
});
