import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { prisma, type Prisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

// The iCal file of an event (GET /api/v1/events/{slug}/ical): one VEVENT that calendar apps can import and, with
// the same UID, update when the event changes or is cancelled. Times are written in UTC.

export const calendarEventSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  agenda: true,
  startsAt: true,
  endsAt: true,
  venueName: true,
  venueAddress: true,
  lat: true,
  lng: true,
  status: true,
  updatedAt: true,
} satisfies Prisma.EventSelect;

export type CalendarEvent = Prisma.EventGetPayload<{ select: typeof calendarEventSelect }>;

/** The event for its calendar file: published or cancelled (so calendars learn of the cancellation), else null. */
export function findCalendarEvent(slug: string): Promise<CalendarEvent | null> {
  return prisma.event.findFirst({
    where: { slug, status: { in: ["published", "cancelled"] } },
    select: calendarEventSelect,
  });
}

export function eventPageUrl(publicUrl: string, locale: Locale, slug: string): string {
  return `${publicUrl}/${locale}/veranstaltungen/${slug}`;
}

/** The calendar text (RFC 5545) of one event; `publicUrl` is the app's base URL (env.PUBLIC_URL). */
export function buildEventCalendar(event: CalendarEvent, { locale, publicUrl }: { locale: Locale; publicUrl: string }) {
  const calendar = ical({
    prodId: { company: "Integrationsatlas", product: "Veranstaltungen", language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    // Stable per event and host, so a second import updates the entry instead of duplicating it.
    id: `${event.id}@${new URL(publicUrl).host}`,
    summary: event.title,
    description: [event.description, event.agenda].filter(Boolean).join("\n\n"),
    start: event.startsAt,
    end: event.endsAt,
    // Calendar apps apply a re-imported entry only when its SEQUENCE grew; the last change in seconds always does.
    sequence: Math.floor(event.updatedAt.getTime() / 1000),
    stamp: event.updatedAt,
    lastModified: event.updatedAt,
    location: {
      title: event.venueName,
      address: event.venueAddress,
      geo: event.lat !== null && event.lng !== null ? { lat: event.lat, lon: event.lng } : undefined,
    },
    url: eventPageUrl(publicUrl, locale, event.slug),
    status: event.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  // RFC 5545 (3.1) ends every content line with CRLF, the last one too; the generator leaves that one off.
  return `${calendar.toString()}\r\n`;
}
