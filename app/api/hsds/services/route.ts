import type { NextRequest } from "next/server";
import { answerHsdsList } from "@/lib/hsds/hsds-route";
import { listServices } from "@/lib/hsds/queries";
import { ServicesRequestSchema } from "@/lib/hsds/request";

export const dynamic = "force-dynamic";

/** GET /api/hsds/services — the public offers as HSDS services (HSDS 3.0; docs/api.md, docs/openapi.yaml). */
export function GET(request: NextRequest) {
  return answerHsdsList(ServicesRequestSchema, request.nextUrl.searchParams, listServices);
}
