import { NextResponse } from "next/server";
import { apiError, invalidQuery } from "@/lib/http/api-error";
import { parseSearchRequest, type SearchRequest } from "@/lib/search/search-request";

/** JSON, never cached: the answer of /search and /search/points. */
const asJson = (body: unknown): Response => NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });

/**
 * The answer of a search API route (the list, the map's points, the CSV): the query string validated in one
 * place, 400 naming the failing parameters, 503 with Retry-After while the engine is down. `respond` shapes a
 * success (JSON unless given; it sets its own headers and must not be cached either).
 */
export async function answerSearch<T>(
  params: URLSearchParams,
  run: (request: SearchRequest) => Promise<T>,
  respond: (result: T) => Response = asJson,
) {
  const parsed = parseSearchRequest(params);
  if (!parsed.ok) {
    return invalidQuery(parsed.issues);
  }
  let result: T;
  try {
    result = await run(parsed.request);
  } catch (error) {
    console.error("Search failed:", error);
    return apiError(
      503,
      "search_unavailable",
      "Search is unavailable at the moment. Please try again shortly.",
      {},
      { "Retry-After": "5" },
    );
  }
  return respond(result);
}
