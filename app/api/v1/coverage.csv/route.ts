import type { NextRequest } from "next/server";
import { measureCoverage } from "@/lib/gaps/coverage";
import { coverageCsv } from "@/lib/gaps/coverage-csv";
import { answerSearch } from "@/lib/search/search-route";

export const dynamic = "force-dynamic";

/** GET /api/v1/coverage.csv — the atlas's table as a spreadsheet; the parameters of /api/v1/coverage. */
export function GET(request: NextRequest) {
  return answerSearch(
    request.nextUrl.searchParams,
    async (search) => coverageCsv(await measureCoverage(search), search.locale),
    (csv) =>
      new Response(csv, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": 'attachment; filename="versorgungsatlas.csv"',
          "Cache-Control": "no-store",
        },
      }),
  );
}
