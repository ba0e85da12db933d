import { getActor } from "@/lib/auth/session";
import { DuplicateCheckSchema } from "@/lib/organisations/schemas";
import { findSimilarOrganisations } from "@/lib/organisations/similar-organisations";

// The duplicate warning while someone registers an organisation. Signed-in only: it is part of the dashboard.
export async function GET(request: Request): Promise<Response> {
  if (!(await getActor())) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const parsed = DuplicateCheckSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "invalid_query", similar: [] }, { status: 400 });
  return Response.json({ similar: await findSimilarOrganisations(parsed.data) });
}
