import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { HsdsIdResolver } from "@/lib/hsds/ids";
import {
  hsdsOfferSelect,
  hsdsOrganisationSelect,
  type HsdsContext,
  type HsdsOfferRow,
  placeKeysOf,
  termKey,
  toOrganization,
  toOrganizationSummary,
  toService,
  toServiceAtLocationListItems,
  toServiceAtLocations,
  toServiceSummary,
} from "@/lib/hsds/records";
import type {
  OrganizationsRequest,
  PageRequest,
  ServiceAtLocationsRequest,
  ServicesRequest,
  TaxonomyTermsRequest,
} from "@/lib/hsds/request";
import { loadTaxonomyTerms, taxonomyKinds, taxonomyOf } from "@/lib/hsds/taxonomies";
import type { HsdsPage, HsdsService, HsdsServiceSummary, HsdsTaxonomy, HsdsTaxonomyTerm } from "@/lib/hsds/types";
import { publishedOfferWhere } from "@/lib/offers/visibility";
import { postcodeCentres } from "@/lib/map/region-borders";
import { getRegion } from "@/lib/region/region";
import { getOfferSearchIndex } from "@/lib/search/get-offer-search-index";
import type { OfferSearchFilters } from "@/lib/search/offer-search-index";

// What the HSDS API answers. Services are the offers that search shows (published, within their validity; only
// approved organisations can publish), so the totals agree: text search, taxonomy terms, municipalities and
// proximity go through the search port, the filters it does not know (organisation, modified since) through the
// database. Organisations are the approved ones.

const approvedOrganisationWhere = { status: "approved" } satisfies Prisma.OrganisationWhereInput;

const offerIds = new HsdsIdResolver("service", async () =>
  (await prisma.offer.findMany({ where: publishedOfferWhere(), select: { id: true } })).map((row) => row.id),
);
const placeIds = new HsdsIdResolver("service_at_location", async () =>
  (
    await prisma.offer.findMany({
      where: publishedOfferWhere(),
      select: { id: true, street: true, lat: true, lng: true, isOnline: true },
    })
  ).flatMap(placeKeysOf),
);
const organisationIds = new HsdsIdResolver("organization", async () =>
  (await prisma.organisation.findMany({ where: approvedOrganisationWhere, select: { id: true } })).map((r) => r.id),
);

export async function loadHsdsContext(): Promise<HsdsContext> {
  const terms = await loadTaxonomyTerms(prisma);
  return { region: getRegion(), terms: new Map(terms.map((entry) => [termKey(entry.kind, entry.slug), entry])) };
}

export function toPage<T>(contents: T[], total: number, { page, per_page }: PageRequest): HsdsPage<T> {
  const totalPages = Math.ceil(total / per_page);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: total === 0,
    contents,
  };
}

/** A service filter read from a request: null when it can match nothing (an unknown id or postcode). */
type OfferSelection = {
  text: string;
  facets: Pick<OfferSearchFilters, "topic" | "audience" | "municipality">;
  near: OfferSearchFilters["near"];
  organisationId?: string;
  modifiedAfter?: Date;
};

type ServiceFilterRequest = Pick<
  ServicesRequest,
  "search" | "taxonomy_term_id" | "taxonomy_id" | "organization_id" | "modified_after" | "municipality" | "topic"
> & { postcode?: string; proximity?: number };

/**
 * The request's filters as one selection. Every filter narrows: the values of one parameter are alternatives
 * (topic=a&topic=b), but a term, a taxonomy, a postcode and a parameter on the same facet must all hold.
 */
async function readSelection(request: ServiceFilterRequest, context: HsdsContext): Promise<OfferSelection | null> {
  const terms = [...context.terms.values()];
  const allowed: Partial<Record<keyof OfferSelection["facets"], Set<string>>> = {};
  const narrow = (facet: keyof OfferSelection["facets"], slugs: Iterable<string>) => {
    const next = new Set(slugs);
    const current = allowed[facet];
    allowed[facet] = current ? new Set([...current].filter((slug) => next.has(slug))) : next;
  };
  if (request.topic.length > 0) narrow("topic", request.topic);
  if (request.municipality.length > 0) narrow("municipality", request.municipality);
  if (request.taxonomy_term_id) {
    const entry = terms.find(({ term }) => term.id === request.taxonomy_term_id);
    if (!entry) return null;
    narrow(entry.kind, [entry.slug]);
  }
  if (request.taxonomy_id) {
    const kind = taxonomyKinds.find((candidate) => taxonomyOf(candidate).id === request.taxonomy_id);
    if (!kind) return null;
    narrow(
      kind,
      terms.filter((entry) => entry.kind === kind).map((entry) => entry.slug),
    );
  }
  let near: OfferSelection["near"] = null;
  if (request.postcode) {
    const centre = postcodeCentres(context.region)[request.postcode];
    if (!centre) return null;
    if (request.proximity !== undefined) near = { ...centre, radiusKm: request.proximity / 1_000 };
    else {
      const served = context.region.municipalities.filter((m) => m.postcodes.includes(request.postcode!));
      narrow(
        "municipality",
        served.map((m) => m.slug),
      );
    }
  }
  if (Object.values(allowed).some((slugs) => slugs.size === 0)) return null;
  const facets = {
    topic: [...(allowed.topic ?? [])],
    audience: [...(allowed.audience ?? [])],
    municipality: [...(allowed.municipality ?? [])],
  };
  let organisationId: string | undefined;
  if (request.organization_id) {
    organisationId = (await organisationIds.resolve(request.organization_id)) ?? undefined;
    if (!organisationId) return null;
  }
  return { text: request.search, facets, near, organisationId, modifiedAfter: request.modified_after };
}

const usesSearchPort = (selection: OfferSelection) =>
  selection.text !== "" || Object.values(selection.facets).some((values) => values.length > 0) || !!selection.near;

function databaseWhere(selection: OfferSelection): Prisma.OfferWhereInput {
  return {
    ...publishedOfferWhere(),
    ...(selection.organisationId ? { organisationId: selection.organisationId } : {}),
    ...(selection.modifiedAfter ? { updatedAt: { gte: selection.modifiedAfter } } : {}),
  };
}

const SEARCH_PAGE = 5_000;
const LOAD_CHUNK = 500;

/** Every matching offer id, in the answer's order (for filters the search port and the database share). */
async function allOfferIds(selection: OfferSelection): Promise<string[]> {
  if (!usesSearchPort(selection)) {
    const rows = await prisma.offer.findMany({
      where: databaseWhere(selection),
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    return rows.map((row) => row.id);
  }
  const index = await getOfferSearchIndex();
  const matches: string[] = [];
  for (let page = 1; ; page++) {
    const result = await index.search({ ...searchQueryOf(selection), page, perPage: SEARCH_PAGE });
    matches.push(...result.hits.map((hit) => hit.document.id));
    if (result.hits.length < SEARCH_PAGE) break;
  }
  if (!selection.organisationId && !selection.modifiedAfter) return matches;
  const narrowed = new Set(
    (await prisma.offer.findMany({ where: databaseWhere(selection), select: { id: true } })).map((row) => row.id),
  );
  return matches.filter((id) => narrowed.has(id));
}

function searchQueryOf(selection: OfferSelection) {
  return {
    text: selection.text,
    filters: { ...selection.facets, language: [], isFree: false, near: selection.near, bbox: null },
    sort: selection.text ? ("relevance" as const) : ("updated" as const),
  };
}

/** The ids of one page of matching offers and the number of all matches, in the order the answer lists them. */
async function selectOfferIds(selection: OfferSelection, page: PageRequest): Promise<{ total: number; ids: string[] }> {
  const start = (page.page - 1) * page.per_page;
  if (!usesSearchPort(selection)) {
    const where = databaseWhere(selection);
    const [total, rows] = await Promise.all([
      prisma.offer.count({ where }),
      prisma.offer.findMany({
        where,
        orderBy: [{ title: "asc" }, { id: "asc" }],
        skip: start,
        take: page.per_page,
        select: { id: true },
      }),
    ]);
    return { total, ids: rows.map((row) => row.id) };
  }
  if (!selection.organisationId && !selection.modifiedAfter) {
    const index = await getOfferSearchIndex();
    const result = await index.search({ ...searchQueryOf(selection), page: page.page, perPage: page.per_page });
    return { total: result.total, ids: result.hits.map((hit) => hit.document.id) };
  }
  const ids = await allOfferIds(selection);
  return { total: ids.length, ids: ids.slice(start, start + page.per_page) };
}

/** Rows for a list of keys, in chunks: the SQLite adapter binds at most 999 values a statement. */
async function inChunks<T>(keys: string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < keys.length; start += LOAD_CHUNK)
    rows.push(...(await load(keys.slice(start, start + LOAD_CHUNK))));
  return rows;
}

/** The offers of some ids in the order of the ids; an offer unpublished since the search is left out. */
async function loadOffers(ids: string[]): Promise<HsdsOfferRow[]> {
  const rows = await inChunks(ids, (chunk) =>
    prisma.offer.findMany({ where: { ...publishedOfferWhere(), id: { in: chunk } }, select: hsdsOfferSelect }),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const emptyPage = <T>(page: PageRequest) => toPage<T>([], 0, page);

/** A service as a list carries it: one-to-one fields, the spec's minimal form, or fully nested. */
export type ServiceListItem =
  HsdsServiceSummary | HsdsService | Pick<HsdsServiceSummary, "id" | "name" | "status" | "last_modified">;

export async function listServices(request: ServicesRequest): Promise<HsdsPage<ServiceListItem>> {
  const context = await loadHsdsContext();
  const selection = await readSelection(request, context);
  if (!selection) return emptyPage(request);
  const { total, ids } = await selectOfferIds(selection, request);
  const rows = await loadOffers(ids);
  if (request.minimal) {
    // The spec's "just id and modified date", with the two fields its list schema requires.
    return toPage(
      rows.map((row) => {
        const { id, name, status, last_modified } = toServiceSummary(row);
        return { id, name, status, last_modified };
      }),
      total,
      request,
    );
  }
  return toPage(
    rows.map((row) => (request.full ? toService(row, context) : toServiceSummary(row))),
    total,
    request,
  );
}

export async function findService(id: string) {
  const key = await offerIds.resolve(id);
  if (!key) return null;
  const [row] = await loadOffers([key]);
  return row ? toService(row, await loadHsdsContext()) : null;
}

/**
 * service_at_location records: one per place of a matching offer (its venue, and the web when it is also
 * online), in the order of the offers. Only the place fields of all matches are read to count and page them.
 */
export async function listServiceAtLocations(request: ServiceAtLocationsRequest) {
  const context = await loadHsdsContext();
  const selection = await readSelection(request, context);
  if (!selection) return emptyPage(request);
  const ids = await allOfferIds(selection);
  const places = await prisma.offer.findMany({
    where: publishedOfferWhere(),
    select: { id: true, street: true, lat: true, lng: true, isOnline: true },
  });
  const placeCount = new Map(places.map((row) => [row.id, placeKeysOf(row).length]));
  const start = (request.page - 1) * request.per_page;
  const end = start + request.per_page;
  let total = 0;
  let skipped = 0;
  const pageOffers: string[] = [];
  for (const id of ids) {
    const count = placeCount.get(id) ?? 0;
    if (count === 0) continue;
    if (total + count > start && total < end) {
      if (pageOffers.length === 0) skipped = start - total;
      pageOffers.push(id);
    }
    total += count;
  }
  const items = (await loadOffers(pageOffers)).flatMap((row) =>
    request.full ? toServiceAtLocations(row, context) : toServiceAtLocationListItems(row, context),
  );
  return toPage(items.slice(skipped, skipped + request.per_page), total, request);
}

export async function findServiceAtLocation(id: string) {
  const key = await placeIds.resolve(id);
  const offerId = key?.slice(key.indexOf(":") + 1);
  if (!offerId) return null;
  const [row] = await loadOffers([offerId]);
  return row ? (toServiceAtLocations(row, await loadHsdsContext()).find((item) => item.id === id) ?? null) : null;
}

function organisationSearchWhere(search: string): Prisma.OrganisationWhereInput {
  if (!search) return approvedOrganisationWhere;
  return {
    ...approvedOrganisationWhere,
    OR: [{ name: { contains: search } }, { description: { contains: search } }],
  };
}

async function servicesOfOrganisations(organisationIds: string[], full: boolean, context: HsdsContext) {
  const rows = await inChunks(organisationIds, (chunk) =>
    prisma.offer.findMany({
      where: { ...publishedOfferWhere(), organisationId: { in: chunk } },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: hsdsOfferSelect,
    }),
  );
  const byOrganisation = new Map<string, ({ id: string } | ReturnType<typeof toService>)[]>();
  for (const row of rows) {
    const list = byOrganisation.get(row.organisation.id) ?? [];
    list.push(full ? toService(row, context) : { id: toServiceSummary(row).id });
    byOrganisation.set(row.organisation.id, list);
  }
  return byOrganisation;
}

export async function listOrganizations(request: OrganizationsRequest) {
  const where = organisationSearchWhere(request.search);
  const [total, rows] = await Promise.all([
    prisma.organisation.count({ where }),
    prisma.organisation.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (request.page - 1) * request.per_page,
      take: request.per_page,
      select: hsdsOrganisationSelect,
    }),
  ]);
  if (!request.full && !request.full_service) return toPage(rows.map(toOrganizationSummary), total, request);
  const context = await loadHsdsContext();
  const services = await servicesOfOrganisations(
    rows.map((row) => row.id),
    request.full_service,
    context,
  );
  return toPage(
    rows.map((row) => ({ ...toOrganization(row, context), services: services.get(row.id) ?? [] })),
    total,
    request,
  );
}

export async function findOrganization(id: string, fullService: boolean) {
  const key = await organisationIds.resolve(id);
  if (!key) return null;
  const row = await prisma.organisation.findFirst({
    where: { ...approvedOrganisationWhere, id: key },
    select: hsdsOrganisationSelect,
  });
  if (!row) return null;
  const context = await loadHsdsContext();
  const services = await servicesOfOrganisations([row.id], fullService, context);
  return { ...toOrganization(row, context), services: services.get(row.id) ?? [] };
}

const matchesSearch = (search: string, ...texts: string[]) =>
  !search || texts.some((text) => text.toLocaleLowerCase("de").includes(search.toLocaleLowerCase("de")));

function pageOfList<T>(items: T[], request: PageRequest): HsdsPage<T> {
  const start = (request.page - 1) * request.per_page;
  return toPage(items.slice(start, start + request.per_page), items.length, request);
}

export function listTaxonomies(request: PageRequest): HsdsPage<HsdsTaxonomy> {
  const taxonomies = taxonomyKinds
    .map(taxonomyOf)
    .filter((taxonomy) => matchesSearch(request.search, taxonomy.name, taxonomy.description));
  return pageOfList(taxonomies, request);
}

export function findTaxonomy(id: string): HsdsTaxonomy | null {
  return taxonomyKinds.map(taxonomyOf).find((taxonomy) => taxonomy.id === id) ?? null;
}

export async function listTaxonomyTerms(request: TaxonomyTermsRequest): Promise<HsdsPage<HsdsTaxonomyTerm>> {
  // The terms have no parents: every term is a top term, and none is the child of another.
  if (request.parent_id) return emptyPage(request);
  const terms = (await loadTaxonomyTerms(prisma))
    .map((entry) => entry.term)
    .filter((term) => !request.taxonomy_id || term.taxonomy_id === request.taxonomy_id)
    .filter((term) => matchesSearch(request.search, term.name, term.code, term.description));
  return pageOfList(terms, request);
}

export async function findTaxonomyTerm(id: string): Promise<HsdsTaxonomyTerm | null> {
  return (await loadTaxonomyTerms(prisma)).find((entry) => entry.term.id === id)?.term ?? null;
}
