import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { buildSecurityHeaders, createNonce } from "@/lib/security/security-headers";

// Cheap redirects only: "/" and unprefixed paths go to the negotiated locale (Accept-Language, default de).
// Besides, every answer gets the security headers; pages get a CSP with a nonce of their own, which Next reads
// from the request's Content-Security-Policy header and puts on its scripts (hence: pages render dynamically).
const handleI18nRouting = createMiddleware(routing);

/** Paths the locale routing leaves alone: API routes and files (tiles, CSV downloads, icons). */
function isPagePath(pathname: string): boolean {
  return !pathname.startsWith("/api/") && pathname !== "/api" && !/\.[^/]+$/.test(pathname);
}

export default function proxy(request: NextRequest): NextResponse {
  const isDevelopment = env.NODE_ENV === "development";
  if (!isPagePath(request.nextUrl.pathname)) {
    const response = NextResponse.next();
    buildSecurityHeaders({ publicUrl: env.PUBLIC_URL, isDevelopment }).forEach((value, key) =>
      response.headers.set(key, value),
    );
    return response;
  }
  const nonce = createNonce();
  const headers = buildSecurityHeaders({ nonce, publicUrl: env.PUBLIC_URL, isDevelopment });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers.get("Content-Security-Policy")!);
  // next-intl forwards the request's headers to the page it rewrites or passes to.
  const response = handleI18nRouting(new NextRequest(request, { headers: requestHeaders }));
  headers.forEach((value, key) => response.headers.set(key, value));
  return response;
}

export const config = {
  // Everything but Next's hashed build files (their headers come from next.config.js).
  matcher: "/((?!_next/static|_next/image).*)",
};
