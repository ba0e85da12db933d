import type { NextRequest } from "next/server";
import { measureCoverage } from "@/lib/gaps/coverage";
import { answerSearch } from "@/lib/search/search-route";

export const dynamic = "force-dynamic";

/** GET /api/v1/coverage — offers per municipality, core topic and language of service (docs/openapi.yaml). */
export function GET(request: NextRequest) {
  return answerSearch(request.nextUrl.searchParams, (search) => measureCoverage(search));
}
