import { z } from "zod";
import { callbackPathSchema } from "@/lib/auth/sign-in-input";
import { env } from "@/lib/env";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

// The mailed sign-in link opens a page of ours with a "Sign in" button; only pressing it signs in
// (docs/decisions/011-sessions-sign-in-button-csp.md). Mail scanners that open every link sign nobody in, and
// a link someone else planted cannot sign a visitor into the planter's account (login CSRF): the press is a
// POST that must come from this site. The link holds the token and where to go afterwards, not the address.

export const EMAIL_CALLBACK_PATH = "/api/auth/callback/email";

/** Where to go after signing in, as a path of this site, from Auth.js's callbackUrl (absolute or a path). */
function callbackPathOf(callbackUrl: string | null): string {
  if (!callbackUrl) return "/";
  const url = new URL(callbackUrl, env.PUBLIC_URL);
  if (url.origin !== new URL(env.PUBLIC_URL).origin) return "/";
  return callbackPathSchema.parse(`${url.pathname}${url.search}`);
}

/** The UI locale the person was using: the first path segment of where they go next ("/ar/dashboard"). */
export function localeOfPath(path: string): string {
  const segment = path.split("/")[1] ?? "";
  return isLocale(segment) ? segment : defaultLocale;
}

/** The link as mailed, on PUBLIC_URL (never the Host header of the request that asked for it). */
export function signInConfirmationUrl(token: string, callbackUrl: string | null): string {
  const callbackPath = callbackPathOf(callbackUrl);
  const query = new URLSearchParams({ token, callbackUrl: callbackPath });
  return `${env.PUBLIC_URL}/${localeOfPath(callbackPath)}/anmelden/bestaetigen?${query}`;
}

/**
 * A GET of Auth.js's e-mail callback (a link mailed before this page existed, or one typed by hand) signs in
 * no more: it goes to the page with the button, without the address that such links carried.
 */
export function confirmationPageForCallback(callbackRequestUrl: URL): string {
  const token = callbackRequestUrl.searchParams.get("token") ?? "";
  return signInConfirmationUrl(token, callbackRequestUrl.searchParams.get("callbackUrl"));
}

/**
 * Whether a POST comes from a page of this site. Browsers send Origin with every cross-site POST, and
 * Sec-Fetch-Site where they support it; a mismatch of either is refused.
 */
export function isSameSitePost(headers: Headers): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false; // "null" from sandboxed frames and privacy redirects
  }
  const ownHosts = [headers.get("x-forwarded-host"), headers.get("host"), new URL(env.PUBLIC_URL).host];
  return ownHosts.includes(originHost);
}

export const SignInConfirmationSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{16,200}$/),
  callbackUrl: callbackPathSchema.optional(),
});

/**
 * The sign-in page asking to sign in again before a sensitive step, returning to `returnPath` afterwards
 * (a path of this site with its locale; it must hold no personal data, since it travels in the mailed link).
 */
export function freshSignInPath(locale: string, returnPath: string): string {
  return `/${locale}/anmelden?${new URLSearchParams(freshSignInQuery(returnPath))}`;
}

/** The sign-in page's query that asks for a fresh sign-in and then returns to `returnPath` (a path of this site). */
export function freshSignInQuery(returnPath: string): { erneut: "1"; callbackUrl: string } {
  return { erneut: "1", callbackUrl: callbackPathSchema.parse(returnPath) };
}

export function isFreshSignInQuery(query: Record<string, unknown>): boolean {
  return query.erneut === "1";
}
