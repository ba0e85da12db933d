import type { NextRequest } from "next/server";
import { measureCoverage } from "@/lib/gaps/coverage";
import { coverageSvgFor } from "@/lib/gaps/coverage-svg";
import { getRegion } from "@/lib/region/region";
import { answerSearch } from "@/lib/search/search-route";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/coverage.svg — the gap atlas's map for reports: the parameters and errors of /api/v1/coverage,
 * plus `locale` for the texts (German unless given).
 */
export function GET(request: NextRequest) {
  return answerSearch(
    request.nextUrl.searchParams,
    async (search) => ({ coverage: await measureCoverage(search), locale: search.locale }),
    ({ coverage, locale }) =>
      new Response(coverageSvgFor(coverage, getRegion(), locale), {
        headers: {
          "Content-Type": "image/svg+xml; charset=utf-8",
          "Content-Disposition": 'attachment; filename="atlas.svg"',
          "Cache-Control": "no-store",
        },
      }),
  );
}
