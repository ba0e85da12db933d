import { hsdsApiDescription } from "@/lib/hsds/api-description";
import { openDataJson } from "@/lib/hsds/hsds-route";

export const dynamic = "force-dynamic";

/** GET /api/hsds/openapi.json — the HSDS API description of this instance (docs/api.md). */
export function GET() {
  return openDataJson(hsdsApiDescription());
}
