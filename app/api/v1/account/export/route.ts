import { collectAccountData } from "@/lib/account/account-data";
import { getActor } from "@/lib/auth/session";

// GDPR art. 20: everything held about the signed-in person, as a JSON download.
export async function GET(): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ error: { code: "unauthenticated", message: "Sign in first." } }, { status: 401 });
  const data = await collectAccountData(actor.userId);
  return new Response(JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="integrationsatlas-konto.json"',
      "cache-control": "no-store",
    },
  });
}
