import type { NextRequest } from "next/server";
import { searchMapPoints } from "@/lib/search/search-offers";
import { answerSearch } from "@/lib/search/search-route";

export const dynamic = "force-dynamic";

/** GET /api/v1/search/points — every located match of a search, for the map (docs/api.md, openapi.yaml). */
export function GET(request: NextRequest) {
  return answerSearch(request.nextUrl.searchParams, searchMapPoints);
}
