import type { NextRequest } from "next/server";
import { answerHsdsRecord } from "@/lib/hsds/hsds-route";
import { findTaxonomy } from "@/lib/hsds/queries";
import { EmptyRequestSchema } from "@/lib/hsds/request";

export const dynamic = "force-dynamic";

/** GET /api/hsds/taxonomies/{id} — one taxonomy (HSDS 3.0; docs/api.md, docs/openapi.yaml). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return answerHsdsRecord("taxonomy", EmptyRequestSchema, request.nextUrl.searchParams, () => findTaxonomy(id));
}
