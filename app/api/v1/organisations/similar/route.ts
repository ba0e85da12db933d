import { getActor } from "@/lib/auth/session";
import { DuplicateCheckSchema } from "@/lib/organisations/schemas";
import { findSimilarOrganisations } from "@/lib/organisations/similar-organisations";
import { apiError, invalidQuery } from "@/lib/http/api-error";
import { parseQueryString } from "@/lib/validation/query-string";

// The duplicate warning while someone registers an organisation. Signed-in only: it is part of the dashboard.
export async function GET(request: Request): Promise<Response> {
  if (!(await getActor())) return apiError(401, "unauthenticated", "Sign in first.");
  const parsed = parseQueryString(DuplicateCheckSchema, new URL(request.url).searchParams, new Set());
  if (!parsed.ok) return invalidQuery(parsed.issues);
  return Response.json({ similar: await findSimilarOrganisations(parsed.request) });
}
