import "server-only";
import type { NextRequest } from "next/server";
import { callbackPathSchema } from "@/lib/auth/sign-in-input";
import { apiError } from "@/lib/http/api-error";

// The edges of Auth.js's routes that it answers badly: a callbackUrl that is not a URL makes it answer 500
// ("server configuration"), and some of its 400s have the body `null`. A person or a client must be told what
// was wrong instead (found by tests/fuzz/sign-in.fuzz.db.test.ts).

/** Every callbackUrl given, in the query or the form, must be a path on this site ("/de/dashboard"); else a 400. */
export async function refuseBadCallback(request: NextRequest): Promise<Response | null> {
  const values = request.nextUrl.searchParams.getAll("callbackUrl");
  if (
    request.method === "POST" &&
    /^application\/x-www-form-urlencoded|^multipart\/form-data/.test(request.headers.get("content-type") ?? "")
  ) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    // A file sent as callbackUrl counts as a bad one ("" is no path).
    for (const value of form?.getAll("callbackUrl") ?? []) values.push(typeof value === "string" ? value : "");
  }
  const bad = values.some((value) => callbackPathSchema.safeParse(value).data !== value);
  return bad
    ? apiError(400, "invalid_callback", "callbackUrl must be a path on this site, such as /de/dashboard.")
    : null;
}

/** Auth.js's own 4xx answers, given a body that says something when it has none. */
export async function explainAuthResponse(response: Response): Promise<Response> {
  if (response.status < 400 || response.status >= 500) return response;
  const text = await response.clone().text();
  if (text.trim() !== "" && text.trim() !== "null") return response;
  return apiError(response.status, "bad_request", "The sign-in service could not read this request.");
}
