import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/permissions";
import { hasRecentSignIn } from "@/lib/auth/session-lifetime";
import { freshSignInQuery } from "@/lib/auth/sign-in-link";
import { env } from "@/lib/env";
import { redirect } from "@/lib/i18n/navigation";
import type { ActionResult } from "@/lib/result";

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

/**
 * For pages that hand out attendee lists: unless the actor signed in within the last hour, to the sign-in page,
 * which says why and comes back here. Call it after the permission check, so others still get their 404.
 */
export function requireRecentPageSignIn(actor: Actor, locale: string, returnPath: string): void {
  if (hasRecentSignIn(actor)) return;
  redirect({ href: { pathname: "/anmelden", query: freshSignInQuery(`/${locale}${returnPath}`) }, locale });
}

/**
 * For server actions whose mutation asks for a recent sign-in (role changes): when it refused, to the sign-in
 * page, which says why and then returns to the page the form was on (its Referer, a path of this site).
 */
export async function redirectWhenFreshSignInRequired(result: ActionResult<unknown>): Promise<void> {
  if (result.ok || result.message.key !== "freshSignInRequired") return;
  const locale = await getLocale();
  // The Referer is whatever the client sent: a malformed one returns to the start page, not to a 500.
  const referer = (await headers()).get("referer") ?? "";
  const returnPath = URL.canParse(referer, env.PUBLIC_URL) ? new URL(referer, env.PUBLIC_URL).pathname : `/${locale}`;
  redirect({ href: { pathname: "/anmelden", query: freshSignInQuery(returnPath) }, locale });
}
