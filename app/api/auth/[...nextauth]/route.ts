import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { confirmSignIn, redirectToConfirmationPage } from "@/lib/auth/confirm-sign-in";
import { EMAIL_CALLBACK_PATH } from "@/lib/auth/sign-in-link";

// Auth.js answers everything here but its e-mail callback, which signs in only from the button on
// /{locale}/anmelden/bestaetigen (lib/auth/confirm-sign-in.ts).
export function GET(request: NextRequest): Promise<Response> | Response {
  return request.nextUrl.pathname === EMAIL_CALLBACK_PATH ? redirectToConfirmationPage(request) : handlers.GET(request);
}

export function POST(request: NextRequest): Promise<Response> {
  return request.nextUrl.pathname === EMAIL_CALLBACK_PATH ? confirmSignIn(request) : handlers.POST(request);
}
