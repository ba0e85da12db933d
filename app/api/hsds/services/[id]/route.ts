import type { NextRequest } from "next/server";
import { answerHsdsRecord } from "@/lib/hsds/hsds-route";
import { findService } from "@/lib/hsds/queries";
import { EmptyRequestSchema } from "@/lib/hsds/request";

export const dynamic = "force-dynamic";

/** GET /api/hsds/services/{id} — one service, fully nested (HSDS 3.0; docs/api.md, docs/openapi.yaml). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return answerHsdsRecord("service", EmptyRequestSchema, request.nextUrl.searchParams, () => findService(id));
}
