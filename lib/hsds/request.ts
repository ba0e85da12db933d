import { z } from "zod";
import { fromDateTimeInput } from "@/lib/events/event-time";
import { slugSchema } from "@/lib/validation/fields";
import { parseQueryString, trueOrFalse, wholeNumber } from "@/lib/validation/query-string";

// The query strings of the HSDS API (lib/hsds/spec/schema/openapi.json), validated in one place. The spec's own
// parameters keep their names; `municipality` and `topic` (slugs, repeatable) are this API's documented
// extensions, the same filters as the search API's.

const error = (message: string) => ({ error: message });
const uuid = z.uuid(error("must be a UUID, the id of an HSDS record"));
const since = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], error("must be a date such as 2026-01-31 or a date-time"))
  // A date alone is the start of that day in the region (Berlin), as people of the county mean it.
  .transform((value) => (value.length === 10 ? fromDateTimeInput(`${value}T00:00`) : null) ?? new Date(value));

export const MAX_PER_PAGE = 1_000;

const pageFields = {
  page: wholeNumber(1, 1_000_000).default(1),
  per_page: wholeNumber(1, MAX_PER_PAGE).default(50),
  search: z.string().trim().max(200, error("must be at most 200 characters")).default(""),
  format: z.enum(["json", "ndjson"], error('must be "json" or "ndjson"')).default("json"),
};

const serviceFilters = {
  taxonomy_term_id: uuid.optional(),
  taxonomy_id: uuid.optional(),
  organization_id: uuid.optional(),
  modified_after: since.optional(),
  municipality: z.array(slugSchema).max(20).default([]),
  topic: z.array(slugSchema).max(20).default([]),
};

export const ServicesRequestSchema = z.object({
  ...pageFields,
  ...serviceFilters,
  full: trueOrFalse.default(false),
  minimal: trueOrFalse.default(false),
});

export const ServiceAtLocationsRequestSchema = z.object({
  ...pageFields,
  ...serviceFilters,
  full: trueOrFalse.default(false),
  postcode: z
    .string()
    .regex(/^\d{5}$/, error("must be a five-digit postcode"))
    .optional(),
  proximity: z.coerce
    .number(error("must be a distance in metres"))
    .gt(0, error("must be more than 0 metres"))
    .max(100_000, error("must be at most 100000 metres"))
    .optional(),
});

export const OrganizationsRequestSchema = z.object({
  ...pageFields,
  full: trueOrFalse.default(false),
  full_service: trueOrFalse.default(false),
});

export const OrganizationRequestSchema = z.object({ full_service: trueOrFalse.default(false) });

export const TaxonomiesRequestSchema = z.object(pageFields);

export const TaxonomyTermsRequestSchema = z.object({
  ...pageFields,
  taxonomy_id: uuid.optional(),
  parent_id: uuid.optional(),
  top_only: trueOrFalse.default(false),
});

export type ServicesRequest = z.infer<typeof ServicesRequestSchema>;
export type ServiceAtLocationsRequest = z.infer<typeof ServiceAtLocationsRequestSchema>;
export type OrganizationsRequest = z.infer<typeof OrganizationsRequestSchema>;
export type TaxonomyTermsRequest = z.infer<typeof TaxonomyTermsRequestSchema>;
export type PageRequest = { page: number; per_page: number; search: string; format: "json" | "ndjson" };

const LIST_PARAMETERS = new Set(["municipality", "topic"]);

/** A query string read by one of the schemas above. */
export function parseHsdsRequest<S extends z.ZodType>(schema: S, params: URLSearchParams) {
  return parseQueryString(schema, params, LIST_PARAMETERS);
}

/** A detail route without parameters of its own: anything given is ignored, as the spec defines none. */
export const EmptyRequestSchema = z.object({});
