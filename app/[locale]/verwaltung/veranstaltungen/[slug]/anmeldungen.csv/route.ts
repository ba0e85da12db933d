import type { NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { hasRecentSignIn } from "@/lib/auth/session-lifetime";
import { freshSignInPath } from "@/lib/auth/sign-in-link";
import { env } from "@/lib/env";
import { findEventForAdmin } from "@/lib/events/event-admin";
import { listRegistrations, RegistrationFilterSchema } from "@/lib/events/registration-list";
import { registrationsCsv } from "@/lib/events/registrations-csv";
import { isLocale } from "@/lib/i18n/locales";
import { apiError } from "@/lib/http/api-error";

type Context = { params: Promise<{ locale: string; slug: string }> };

// The registrations table as CSV, with the same filters as the page (its query string). Admins only: signed
// out is 401, anyone else and an unknown event are 404, which says nothing about whether the event exists.
export async function GET(request: NextRequest, { params }: Context): Promise<Response> {
  const { locale, slug } = await params;
  // Route handlers skip the layout's locale check: an unknown locale is a 404, not a failing collator.
  if (!isLocale(locale)) return notFound();
  const actor = await getActor();
  if (!actor) return apiError(401, "unauthenticated", "Sign in first.", {}, { "Cache-Control": "no-store" });
  if (!can(actor, "event:manage")) return notFound();
  const event = await findEventForAdmin(actor, slug);
  if (!event) return notFound();
  // An attendee list leaves the app: only with a sign-in from the last hour. Back to the event page afterwards,
  // not to this download (its filters may hold a name, and the return path travels in the mailed link).
  if (!hasRecentSignIn(actor))
    return new Response(null, {
      status: 303,
      headers: {
        location: `${env.PUBLIC_URL}${freshSignInPath(locale, `/${locale}/verwaltung/veranstaltungen/${event.slug}`)}`,
        "cache-control": "no-store",
      },
    });
  const filter = RegistrationFilterSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const csv = registrationsCsv(await listRegistrations(actor, event.id, filter), locale);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      // The slug is [a-z0-9-] (slugSchema), so it needs no quoting beyond the quotes.
      "content-disposition": `attachment; filename="anmeldungen-${event.slug}.csv"`,
      "cache-control": "no-store",
    },
  });
}

function notFound(): Response {
  return apiError(404, "not_found", "There is nothing to export here.", {}, { "Cache-Control": "no-store" });
}
