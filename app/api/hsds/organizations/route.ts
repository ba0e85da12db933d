import type { NextRequest } from "next/server";
import { answerHsdsList } from "@/lib/hsds/hsds-route";
import { listOrganizations } from "@/lib/hsds/queries";
import { OrganizationsRequestSchema } from "@/lib/hsds/request";

export const dynamic = "force-dynamic";

/** GET /api/hsds/organizations — the approved organisations (HSDS 3.0; docs/api.md, docs/openapi.yaml). */
export function GET(request: NextRequest) {
  return answerHsdsList(OrganizationsRequestSchema, request.nextUrl.searchParams, listOrganizations);
}
