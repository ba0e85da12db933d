import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { MAX_SEARCH_CSV_ROWS, searchCsv } from "@/lib/search/search-csv";
import { answerSearch } from "@/lib/search/search-route";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/search.csv — every hit of a search (at most 20,000) as a spreadsheet; the parameters and errors of
 * /api/v1/search (docs/api.md, openapi.yaml).
 */
export function GET(request: NextRequest) {
  return answerSearch(
    request.nextUrl.searchParams,
    (search) => searchCsv(search, env.PUBLIC_URL),
    (csv) =>
      new Response(csv.text, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": 'attachment; filename="angebote.csv"',
          "Cache-Control": "no-store",
          "X-Total-Count": String(csv.total),
          "X-Row-Limit": String(MAX_SEARCH_CSV_ROWS),
          "X-Capped": String(csv.capped),
        },
      }),
  );
}
