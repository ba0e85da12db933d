import { NextResponse, type NextRequest } from "next/server";
import { searchOffers } from "@/lib/search/search-offers";
import { parseSearchRequest } from "@/lib/search/search-request";

export const dynamic = "force-dynamic";

/** GET /api/v1/search — documented in docs/api.md and docs/openapi.yaml. */
export async function GET(request: NextRequest) {
  const parsed = parseSearchRequest(request.nextUrl.searchParams);
  if (!parsed.ok) {
    return NextResponse.json(
      {
        error: {
          code: "invalid_query",
          message: "The query has invalid parameters; see issues.",
          issues: parsed.issues,
        },
      },
      { status: 400 },
    );
  }
  try {
    return NextResponse.json(await searchOffers(parsed.request), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("Search failed:", error);
    return NextResponse.json(
      {
        error: {
          code: "search_unavailable",
          message: "Search is unavailable at the moment. Please try again shortly.",
        },
      },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
}
