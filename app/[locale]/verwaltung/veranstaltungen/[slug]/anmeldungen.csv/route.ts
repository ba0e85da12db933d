import type { NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { findEventForAdmin } from "@/lib/events/event-admin";
import { listRegistrations, RegistrationFilterSchema } from "@/lib/events/registration-list";
import { registrationsCsv } from "@/lib/events/registrations-csv";
import { isLocale } from "@/lib/i18n/locales";

type Context = { params: Promise<{ locale: string; slug: string }> };

// The registrations table as CSV, with the same filters as the page (its query string). Admins only: signed
// out is 401, anyone else and an unknown event are 404, which says nothing about whether the event exists.
export async function GET(request: NextRequest, { params }: Context): Promise<Response> {
  const { locale, slug } = await params;
  // Route handlers skip the layout's locale check: an unknown locale is a 404, not a failing collator.
  if (!isLocale(locale)) return notFound();
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401, headers: { "cache-control": "no-store" } });
  if (!can(actor, "event:manage")) return notFound();
  const event = await findEventForAdmin(actor, slug);
  if (!event) return notFound();
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
  return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
}
