import type { NextRequest } from "next/server";
import { answerHsdsRecord } from "@/lib/hsds/hsds-route";
import { findTaxonomyTerm } from "@/lib/hsds/queries";
import { EmptyRequestSchema } from "@/lib/hsds/request";

export const dynamic = "force-dynamic";

/** GET /api/hsds/taxonomy_terms/{id} — one taxonomy term (HSDS 3.0; docs/api.md, docs/openapi.yaml). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return answerHsdsRecord("taxonomy_term", EmptyRequestSchema, request.nextUrl.searchParams, () =>
    findTaxonomyTerm(id),
  );
}
