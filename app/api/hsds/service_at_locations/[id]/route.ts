import type { NextRequest } from "next/server";
import { answerHsdsRecord } from "@/lib/hsds/hsds-route";
import { findServiceAtLocation } from "@/lib/hsds/queries";
import { EmptyRequestSchema } from "@/lib/hsds/request";

export const dynamic = "force-dynamic";

/** GET /api/hsds/service_at_locations/{id} — one place of an offer, with the service (HSDS 3.0; docs/api.md, docs/openapi.yaml). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return answerHsdsRecord("service_at_location", EmptyRequestSchema, request.nextUrl.searchParams, () =>
    findServiceAtLocation(id),
  );
}
