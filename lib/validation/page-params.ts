import { z } from "zod";
import { slugSchema } from "@/lib/validation/fields";

// Route and query-string parameters of the public pages. A malformed slug is a 404; a malformed page number
// falls back to the first page, because a person who edited the URL wants to see results, not an error.

export function parseSlug(value: string): string | null {
  const parsed = slugSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

/** The `page` query parameter (first value if repeated), 1 when absent or invalid. */
export function parsePageParam(value: string | string[] | undefined): number {
  return pageSchema.parse(Array.isArray(value) ? value[0] : (value ?? 1));
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
