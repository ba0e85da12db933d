import { env } from "@/lib/env";
import { openDataJson } from "@/lib/hsds/hsds-route";

export const dynamic = "force-dynamic";

/** GET /api/hsds — which HSDS version this API speaks and where its description is (docs/api.md). */
export function GET() {
  return openDataJson({
    version: "3.0",
    profile: "https://docs.openreferral.org/en/latest/hsds/overview.html",
    openapi_url: `${env.PUBLIC_URL}/api/hsds/openapi.json`,
  });
}
