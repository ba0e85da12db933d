import type { NextRequest } from "next/server";
import { answerHsdsList } from "@/lib/hsds/hsds-route";
import { listTaxonomyTerms } from "@/lib/hsds/queries";
import { TaxonomyTermsRequestSchema } from "@/lib/hsds/request";

export const dynamic = "force-dynamic";

/** GET /api/hsds/taxonomy_terms — the terms of the taxonomies (HSDS 3.0; docs/api.md, docs/openapi.yaml). */
export function GET(request: NextRequest) {
  return answerHsdsList(TaxonomyTermsRequestSchema, request.nextUrl.searchParams, listTaxonomyTerms);
}
