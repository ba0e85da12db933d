import "server-only";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/permissions";
import { redirect } from "@/lib/i18n/navigation";

/**
 * For pages behind sign-in: the actor, or a redirect to the sign-in page that comes back here. This shapes the
 * UI only; every query and mutation authorises itself.
 */
export async function getPageActor(locale: string, returnPath: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor)
    return redirect({ href: { pathname: "/anmelden", query: { callbackUrl: `/${locale}${returnPath}` } }, locale });
  return actor;
}
