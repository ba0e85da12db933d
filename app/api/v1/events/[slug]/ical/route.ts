import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { buildEventCalendar, findCalendarEvent } from "@/lib/events/ical";
import { apiError } from "@/lib/http/api-error";
import { requestedLocale } from "@/lib/http/requested-locale";
import { slugSchema } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

function notFound() {
  return apiError(404, "not_found", "There is no published event with this slug.");
}

/** GET /api/v1/events/{slug}/ical — documented in docs/api.md and docs/openapi.yaml. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) return notFound();
  const event = await findCalendarEvent(slug.data);
  if (!event) return notFound();
  const locale = requestedLocale(request);
  return new NextResponse(buildEventCalendar(event, { locale, publicUrl: env.PUBLIC_URL }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${event.slug}.ics"`,
      "Cache-Control": "no-store",
      Vary: "Accept-Language",
    },
  });
}
