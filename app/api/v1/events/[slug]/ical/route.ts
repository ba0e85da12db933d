import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { env } from "@/lib/env";
import { buildEventCalendar, findCalendarEvent } from "@/lib/events/ical";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { slugSchema } from "@/lib/validation/fields";
import { apiError } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

// An unknown locale falls back to German (the link in the file points to the German page) rather than failing.
const localeSchema = z.enum(locales).catch(defaultLocale);

function notFound() {
  return apiError(404, "not_found", "There is no published event with this slug.");
}

/** GET /api/v1/events/{slug}/ical — documented in docs/api.md and docs/openapi.yaml. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) return notFound();
  const event = await findCalendarEvent(slug.data);
  if (!event) return notFound();
  const locale = localeSchema.parse(request.nextUrl.searchParams.get("locale") ?? undefined);
  return new NextResponse(buildEventCalendar(event, { locale, publicUrl: env.PUBLIC_URL }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${event.slug}.ics"`,
      "Cache-Control": "no-store",
    },
  });
}
