import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { explainAuthResponse, refuseBadCallback } from "@/lib/auth/auth-requests";
import { confirmSignIn, redirectToConfirmationPage } from "@/lib/auth/confirm-sign-in";
import { EMAIL_CALLBACK_PATH } from "@/lib/auth/sign-in-link";

// Auth.js answers everything here but its e-mail callback, which signs in only from the button on
// /{locale}/anmelden/bestaetigen (lib/auth/confirm-sign-in.ts). A bad callbackUrl and Auth.js's empty 4xx
// answers are explained first (lib/auth/auth-requests.ts).
export async function GET(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname === EMAIL_CALLBACK_PATH) return redirectToConfirmationPage(request);
  return (await refuseBadCallback(request)) ?? explainAuthResponse(await handlers.GET(request));
}

export async function POST(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname === EMAIL_CALLBACK_PATH) return confirmSignIn(request);
  return (await refuseBadCallback(request)) ?? explainAuthResponse(await handlers.POST(request));
}
