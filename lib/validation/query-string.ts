import { z } from "zod";

// The one way a query string becomes a validated request (the search API and page, the HSDS API): parameters
// that may repeat collect every value, the others take the first; failures name the parameter and say why.

export type QueryIssue = { path: string; message: string };

export function parseQueryString<S extends z.ZodType>(
  schema: S,
  params: URLSearchParams,
  listParameters: ReadonlySet<string>,
): { ok: true; request: z.infer<S> } | { ok: false; issues: QueryIssue[] } {
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    input[key] = listParameters.has(key) ? params.getAll(key) : (params.get(key) ?? "");
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, request: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.join(".") || "query", message: issue.message })),
  };
}

/** A whole number within bounds, with one message for every way of missing them. */
export const wholeNumber = (min: number, max: number) => {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};

/** "true" or "false" in a query string, as a boolean. */
export const trueOrFalse = z
  .enum(["true", "false"], { error: 'must be "true" or "false"' })
  .transform((value) => value === "true");
