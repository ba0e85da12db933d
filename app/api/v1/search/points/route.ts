import { NextResponse, type NextRequest } from "next/server";
import { apiError } from "@/lib/http/api-error";
import { searchMapPoints } from "@/lib/search/search-offers";
import { parseSearchRequest } from "@/lib/search/search-request";

export const dynamic = "force-dynamic";

/** GET /api/v1/search/points — the map's answer for a search: every located match. docs/api.md, openapi.yaml. */
export async function GET(request: NextRequest) {
  const parsed = parseSearchRequest(request.nextUrl.searchParams);
  if (!parsed.ok) {
    return apiError(400, "invalid_query", "The query has invalid parameters; see issues.", { issues: parsed.issues });
  }
  try {
    return NextResponse.json(await searchMapPoints(parsed.request), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("Map points failed:", error);
    return apiError(
      503,
      "search_unavailable",
      "Search is unavailable at the moment. Please try again shortly.",
      {},
      { "Retry-After": "5" },
    );
  }
}
