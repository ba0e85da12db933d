import "server-only";
import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import {
  confirmationPageForCallback,
  EMAIL_CALLBACK_PATH,
  isSameSitePost,
  SignInConfirmationSchema,
} from "@/lib/auth/sign-in-link";
import { env } from "@/lib/env";
import { apiError } from "@/lib/http/api-error";

// The two halves of signing in with a mailed link, in front of Auth.js's own e-mail callback: a GET shows the
// button page; the button's POST (a plain form, no JavaScript needed) hands the token to Auth.js, which checks
// it (single use, 30 minutes), creates the session and redirects to callbackUrl or its error page.

/** GET /api/auth/callback/email: to the page with the button. */
export function redirectToConfirmationPage(request: NextRequest): Response {
  return Response.redirect(confirmationPageForCallback(request.nextUrl), 303);
}

/** POST /api/auth/callback/email from the button: signs in, or 403 when the form was posted from elsewhere. */
export async function confirmSignIn(request: NextRequest): Promise<Response> {
  if (!isSameSitePost(request.headers))
    return apiError(403, "cross_site", "Sign in from the page that the link in your e-mail opens.");
  // Only the button's form is read; another body (JSON, text) is a request that did not come from it.
  const body = await request.formData().catch(() => null);
  if (!body) return apiError(400, "invalid_form", "Send the sign-in form.");
  const form = SignInConfirmationSchema.safeParse(Object.fromEntries(body.entries()));
  if (!form.success) return Response.redirect(`${env.PUBLIC_URL}/anmelden/fehler?error=Verification`, 303);
  const { token, callbackUrl } = form.data;
  // Auth.js's callback reads the token from the query of its own route; this request never leaves the process.
  const url = new URL(EMAIL_CALLBACK_PATH, request.nextUrl.origin);
  url.search = new URLSearchParams({ token, ...(callbackUrl ? { callbackUrl } : {}) }).toString();
  const headers = new Headers(request.headers);
  headers.delete("content-type");
  headers.delete("content-length");
  const response = await handlers.GET(new NextRequest(url, { headers }));
  // 303: the browser follows a POST's redirect with a GET.
  return new Response(null, { status: 303, headers: response.headers });
}
