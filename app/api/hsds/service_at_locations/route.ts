import type { NextRequest } from "next/server";
import { answerHsdsList } from "@/lib/hsds/hsds-route";
import { listServiceAtLocations } from "@/lib/hsds/queries";
import { ServiceAtLocationsRequestSchema } from "@/lib/hsds/request";

export const dynamic = "force-dynamic";

/** GET /api/hsds/service_at_locations — the offers' places (HSDS 3.0; docs/api.md, docs/openapi.yaml). */
export function GET(request: NextRequest) {
  return answerHsdsList(ServiceAtLocationsRequestSchema, request.nextUrl.searchParams, listServiceAtLocations);
}
