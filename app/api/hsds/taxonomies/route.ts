import type { NextRequest } from "next/server";
import { answerHsdsList } from "@/lib/hsds/hsds-route";
import { listTaxonomies } from "@/lib/hsds/queries";
import { TaxonomiesRequestSchema } from "@/lib/hsds/request";

export const dynamic = "force-dynamic";

/** GET /api/hsds/taxonomies — topics, target groups and municipalities (HSDS 3.0; docs/api.md, docs/openapi.yaml). */
export function GET(request: NextRequest) {
  return answerHsdsList(TaxonomiesRequestSchema, request.nextUrl.searchParams, listTaxonomies);
}
