import type { NextRequest } from "next/server";
import { auditCsv } from "@/lib/audit/audit-csv";
import { AuditFilterSchema, listAuditForExport } from "@/lib/audit/audit-queries";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { hasRecentSignIn } from "@/lib/auth/session-lifetime";
import { freshSignInPath } from "@/lib/auth/sign-in-link";
import { env } from "@/lib/env";
import { apiError } from "@/lib/http/api-error";
import { isLocale } from "@/lib/i18n/locales";

type Context = { params: Promise<{ locale: string }> };

// The audit trail as CSV, with the same filters as the log page (its query string). Admins only, by the page's
// permission: signed out is 401, anyone else 404, which does not say that the export exists.
export async function GET(request: NextRequest, { params }: Context): Promise<Response> {
  const { locale } = await params;
  // Route handlers skip the layout's locale check: an unknown locale is a 404, not a failing translator.
  if (!isLocale(locale)) return notFound();
  const actor = await getActor();
  if (!actor) return apiError(401, "unauthenticated", "Sign in first.", {}, { "Cache-Control": "no-store" });
  if (!can(actor, "audit:view-all")) return notFound();
  // The trail names the people who acted: it leaves the app only with a sign-in from the last hour, like the
  // attendee lists. Back to the log page afterwards, not to this download (the return path travels in a mail).
  if (!hasRecentSignIn(actor))
    return new Response(null, {
      status: 303,
      headers: {
        location: `${env.PUBLIC_URL}${freshSignInPath(locale, `/${locale}/verwaltung/protokoll`)}`,
        "cache-control": "no-store",
      },
    });
  const filter = AuditFilterSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const csv = auditCsv(await listAuditForExport(actor, filter), locale);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="protokoll.csv"',
      "cache-control": "no-store",
    },
  });
}

function notFound(): Response {
  return apiError(404, "not_found", "There is nothing to export here.", {}, { "Cache-Control": "no-store" });
}
