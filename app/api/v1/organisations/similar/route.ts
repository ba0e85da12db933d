import { getActor } from "@/lib/auth/session";
import { DuplicateCheckSchema } from "@/lib/organisations/schemas";
import { findSimilarOrganisations } from "@/lib/organisations/similar-organisations";
import { apiError } from "@/lib/http/api-error";

// The duplicate warning while someone registers an organisation. Signed-in only: it is part of the dashboard.
export async function GET(request: Request): Promise<Response> {
  if (!(await getActor())) return apiError(401, "unauthenticated", "Sign in first.");
  const parsed = DuplicateCheckSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success)
    return apiError(400, "invalid_query", "The query has invalid parameters; see issues.", {
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.join(".") || "query", message: issue.message })),
    });
  return Response.json({ similar: await findSimilarOrganisations(parsed.data) });
}
