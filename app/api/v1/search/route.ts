import type { NextRequest } from "next/server";
import { searchOffers } from "@/lib/search/search-offers";
import { answerSearch } from "@/lib/search/search-route";

export const dynamic = "force-dynamic";

/** GET /api/v1/search — documented in docs/api.md and docs/openapi.yaml. */
export function GET(request: NextRequest) {
  return answerSearch(request.nextUrl.searchParams, searchOffers);
}
