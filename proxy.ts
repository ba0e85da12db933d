import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Cheap redirects only: "/" and unprefixed paths go to the negotiated locale (Accept-Language, default de).
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
