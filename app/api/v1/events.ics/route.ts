import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { buildEventsFeed, listCalendarEvents } from "@/lib/events/ical";
import { requestedLocale } from "@/lib/http/requested-locale";

export const dynamic = "force-dynamic";

/** GET /api/v1/events.ics — every public event as one calendar to subscribe to (docs/api.md, openapi.yaml). */
export async function GET(request: Request) {
  const locale = requestedLocale(request);
  return new NextResponse(buildEventsFeed(await listCalendarEvents(), { locale, publicUrl: env.PUBLIC_URL }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="veranstaltungen.ics"',
      "Cache-Control": "no-store",
      Vary: "Accept-Language",
    },
  });
}
