import { NextResponse } from "next/server";
import { apiError } from "@/lib/http/api-error";
import { parseSearchRequest, type SearchRequest } from "@/lib/search/search-request";

/**
 * The answer of a search API route (the list and the map's points): the query string validated in one place,
 * 400 naming the failing parameters, 503 with Retry-After while the engine is down, never cached.
 */
export async function answerSearch<T>(params: URLSearchParams, run: (request: SearchRequest) => Promise<T>) {
  const parsed = parseSearchRequest(params);
  if (!parsed.ok) {
    return apiError(400, "invalid_query", "The query has invalid parameters; see issues.", { issues: parsed.issues });
  }
  try {
    return NextResponse.json(await run(parsed.request), { headers: { "Cache-Control": "no-store" } });
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
}
