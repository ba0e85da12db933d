import type { NextRequest } from "next/server";
import { answerHsdsRecord } from "@/lib/hsds/hsds-route";
import { findOrganization } from "@/lib/hsds/queries";
import { OrganizationRequestSchema } from "@/lib/hsds/request";

export const dynamic = "force-dynamic";

/** GET /api/hsds/organizations/{id} — one organisation with its services (HSDS 3.0; docs/api.md, docs/openapi.yaml). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return answerHsdsRecord("organization", OrganizationRequestSchema, request.nextUrl.searchParams, ({ full_service }) =>
    findOrganization(id, full_service),
  );
}
