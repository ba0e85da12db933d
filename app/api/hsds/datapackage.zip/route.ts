import type { NextRequest } from "next/server";
import { apiError } from "@/lib/http/api-error";
import { readDataPackage } from "@/lib/hsds/nightly-package";

export const dynamic = "force-dynamic";

/**
 * GET /api/hsds/datapackage.zip — the HSDS tabular data package of last night (docs/api.md). Mirrors ask with
 * If-None-Match and get 304 until the next night's file.
 */
export async function GET(request: NextRequest) {
  try {
    const { bytes, modified } = await readDataPackage();
    const etag = `"${modified.getTime().toString(36)}-${bytes.length.toString(36)}"`;
    const headers = {
      ETag: etag,
      "Last-Modified": modified.toUTCString(),
      "Cache-Control": "public, max-age=3600",
      "Access-Control-Allow-Origin": "*",
    };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return new Response(new Uint8Array(bytes), {
      headers: {
        ...headers,
        "Content-Type": "application/zip",
        "Content-Disposition": 'attachment; filename="hsds-datapackage.zip"',
      },
    });
  } catch (error) {
    console.error("HSDS data package failed:", error);
    return apiError(
      503,
      "hsds_unavailable",
      "The data package is unavailable at the moment. Please try again shortly.",
      {},
      {
        "Retry-After": "30",
      },
    );
  }
}
