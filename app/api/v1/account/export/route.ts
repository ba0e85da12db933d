import { collectAccountData } from "@/lib/account/account-data";
import { getActor } from "@/lib/auth/session";
import { apiError } from "@/lib/http/api-error";

// GDPR art. 20: everything held about the signed-in person, as a JSON download.
export async function GET(): Promise<Response> {
  const actor = await getActor();
  if (!actor) return apiError(401, "unauthenticated", "Sign in first.");
  const data = await collectAccountData(actor.userId);
  return new Response(JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="integrationsatlas-konto.json"',
      "cache-control": "no-store",
    },
  });
}
