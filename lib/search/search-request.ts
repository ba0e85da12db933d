import { z } from "zod";
import { isLocale } from "@/lib/i18n/locales";
import { languageCodeSchema, slugSchema } from "@/lib/validation/fields";
import { parseQueryString, wholeNumber, type QueryIssue } from "@/lib/validation/query-string";

// The query string of GET /api/v1/search and of the results page, validated in one place. Repeated values of
// one parameter are OR; different parameters are AND.

const MAX_VALUES = 20;

const coordinatesSchema = (count: 2 | 4, what: string) =>
  z
    .string()
    .regex(count === 2 ? /^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/ : /^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, {
      error: `must be ${what} as decimal degrees separated by commas`,
    })
    .transform((value) => value.split(",").map(Number));

const latLngSchema = coordinatesSchema(2, "lat,lng").refine(
  ([lat, lng]) => Math.abs(lat!) <= 90 && Math.abs(lng!) <= 180,
  {
    error: "latitude must be within ±90 and longitude within ±180",
  },
);

const bboxSchema = coordinatesSchema(4, "west,south,east,north").refine(
  ([west, south, east, north]) =>
    Math.abs(west!) <= 180 &&
    Math.abs(east!) <= 180 &&
    Math.abs(south!) <= 90 &&
    Math.abs(north!) <= 90 &&
    west! < east! &&
    south! < north!,
  { error: "must be west,south,east,north with west < east and south < north" },
);

export const SearchRequestSchema = z
  .object({
    q: z.string().trim().max(200, { error: "must be at most 200 characters" }).default(""),
    municipality: z.array(slugSchema).max(MAX_VALUES).default([]),
    topic: z.array(slugSchema).max(MAX_VALUES).default([]),
    language: z.array(languageCodeSchema).max(MAX_VALUES).default([]),
    audience: z.array(slugSchema).max(MAX_VALUES).default([]),
    free: z.enum(["true", "false"], { error: 'must be "true" or "false"' }).optional(),
    near: latLngSchema.optional(),
    radius: z.coerce
      .number({ error: "must be a number of kilometres" })
      .gt(0, { error: "must be more than 0 km" })
      .max(100, { error: "must be at most 100 km" })
      .default(10),
    bbox: bboxSchema.optional(),
    sort: z
      .enum(["relevance", "distance", "updated"], { error: 'must be "relevance", "distance" or "updated"' })
      .default("relevance"),
    page: wholeNumber(1, 1_000).default(1),
    perPage: wholeNumber(1, 100).default(20),
    locale: z.string().optional(),
  })
  .refine((request) => request.sort !== "distance" || request.near !== undefined, {
    path: ["sort"],
    error: "distance needs near=lat,lng",
  })
  .transform((request) => ({
    text: request.q,
    filters: {
      municipality: [...new Set(request.municipality)],
      topic: [...new Set(request.topic)],
      language: [...new Set(request.language)],
      audience: [...new Set(request.audience)],
      isFree: request.free === "true",
      near: request.near ? { lat: request.near[0]!, lng: request.near[1]!, radiusKm: request.radius } : null,
      bbox: request.bbox
        ? { west: request.bbox[0]!, south: request.bbox[1]!, east: request.bbox[2]!, north: request.bbox[3]! }
        : null,
    },
    sort: request.sort,
    page: request.page,
    perPage: request.perPage,
    // An unknown UI locale falls back to German rather than failing: texts exist in German for every offer.
    locale: request.locale && isLocale(request.locale) ? request.locale : "de",
  }));

export type SearchRequest = z.infer<typeof SearchRequestSchema>;

const LIST_PARAMETERS = new Set(["municipality", "topic", "language", "audience"]);

export type SearchRequestIssue = QueryIssue;

export function parseSearchRequest(
  params: URLSearchParams,
): { ok: true; request: SearchRequest } | { ok: false; issues: SearchRequestIssue[] } {
  return parseQueryString(SearchRequestSchema, params, LIST_PARAMETERS);
}

/**
 * The query string of a page that shows a search (the results list, the map): parameters that fail validation
 * are dropped (and named), so the page still answers. A `postcode` of the region becomes a search near its
 * municipality's centre.
 */
export function readSearchPageRequest(
  query: Record<string, string | string[] | undefined>,
  locale: string,
  centres: Record<string, { lat: number; lng: number }>,
): { request: SearchRequest; invalid: string[]; unknownPostcode: string | null } {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const v of [value ?? []].flat()) params.append(key, v);
  params.set("locale", locale);
  const postcode = params.get("postcode")?.trim() ?? null;
  params.delete("postcode");
  const centre = postcode ? centres[postcode] : undefined;
  if (centre) {
    params.set("near", `${centre.lat},${centre.lng}`);
    params.set("sort", "distance");
    params.delete("bbox");
  }
  const unknownPostcode = postcode && !centre ? postcode.slice(0, 10) : null;
  const parsed = parseSearchRequest(params);
  if (parsed.ok) return { request: parsed.request, invalid: [], unknownPostcode };
  const invalid = [...new Set(parsed.issues.map((issue) => issue.path.split(".")[0]!))];
  for (const key of invalid) params.delete(key);
  const retry = parseSearchRequest(params);
  const fallback = parseSearchRequest(new URLSearchParams({ locale }));
  return {
    request: retry.ok ? retry.request : (fallback as { ok: true; request: SearchRequest }).request,
    invalid,
    unknownPostcode,
  };
}
