import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar, type ICalDayJsStub } from "ical-generator";
import { prisma, type Prisma } from "@/lib/db";
import { EVENT_TIME_ZONE, toDateTimeInput } from "@/lib/events/event-time";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

// The calendar files of the events: one event (GET /api/v1/events/{slug}/ical) and the feed of all public events
// (GET /api/v1/events.ics, subscribable with webcal://). Each event is a VEVENT that calendar apps import and,
// with the same UID, update when it changes or is cancelled. Times are Berlin wall-clock times with TZID and the
// VTIMEZONE that defines them, as the county's events take place there. Titles and descriptions exist in German
// only; the labels around them (agenda, link to the event page, "cancelled", the feed's name) are in the
// requested language.

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

/** Events with a calendar entry: published or cancelled (so calendars learn of the cancellation). */
const calendarEventWhere = { status: { in: ["published", "cancelled"] } } satisfies Prisma.EventWhereInput;

/** The event for its calendar file, or null. */
export function findCalendarEvent(slug: string): Promise<CalendarEvent | null> {
  return prisma.event.findFirst({ where: { slug, ...calendarEventWhere }, select: calendarEventSelect });
}

/** Every event of the feed: the same events as the public events page, earliest first. */
export function listCalendarEvents(): Promise<CalendarEvent[]> {
  return prisma.event.findMany({
    where: calendarEventWhere,
    orderBy: { startsAt: "asc" },
    select: calendarEventSelect,
  });
}

export function eventPageUrl(publicUrl: string, locale: Locale, slug: string): string {
  return `${publicUrl}/${locale}/veranstaltungen/${slug}`;
}

/**
 * Europe/Berlin as RFC 5545 defines a time zone: CET/CEST with the EU's rules (since 1996: summer time from the
 * last Sunday of March, 02:00, to the last Sunday of October, 03:00).
 */
export const BERLIN_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${EVENT_TIME_ZONE}`,
  `X-LIC-LOCATION:${EVENT_TIME_ZONE}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/**
 * An instant as ical-generator's Day.js-shaped date that formats as Berlin wall-clock time: the generator writes
 * `DTSTART;TZID=Europe/Berlin:…` from it, whatever time zone the server runs in (a native Date would be written
 * in the server's zone).
 */
function berlinTime(date: Date): ICalDayJsStub {
  const [day, time] = toDateTimeInput(date).split("T") as [string, string];
  const tokens: Record<string, string> = { YYYYMMDD: day.replaceAll("-", ""), HHmmss: `${time.replace(":", "")}00` };
  const stub: ICalDayJsStub = {
    format: (format) => (format && tokens[format]) ?? date.toISOString(),
    isValid: () => !Number.isNaN(date.getTime()),
    toDate: () => date,
    toJSON: () => date.toISOString(),
    tz: () => stub,
  };
  return stub;
}

type CalendarOptions = { locale: Locale; publicUrl: string };

function newCalendar(locale: Locale): ICalCalendar {
  return ical({
    prodId: { company: "Integrationsatlas", product: "Veranstaltungen", language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone (that would write DTSTAMP and LAST-MODIFIED as floating times, which must be UTC):
    // the events name Europe/Berlin, and the generator adds its VTIMEZONE for them.
    timezone: { name: null, generator: (zone) => (zone === EVENT_TIME_ZONE ? BERLIN_VTIMEZONE : null) },
  });
}

function addEvent(calendar: ICalCalendar, event: CalendarEvent, { locale, publicUrl }: CalendarOptions) {
  const t = translatorFor(locale, "EventPage");
  const url = eventPageUrl(publicUrl, locale, event.slug);
  const isCancelled = event.status === "cancelled";
  calendar.createEvent({
    // Stable per event and host, so a second import updates the entry instead of duplicating it.
    id: `${event.id}@${new URL(publicUrl).host}`,
    summary: isCancelled ? t("calendarCancelledSummary", { title: event.title }) : event.title,
    description: [
      isCancelled ? t("cancelled") : null,
      event.description,
      event.agenda ? `${t("agenda")}:\n${event.agenda}` : null,
      t("calendarEventPage", { url }),
    ]
      .filter(Boolean)
      .join("\n\n"),
    start: berlinTime(event.startsAt),
    end: berlinTime(event.endsAt),
    timezone: EVENT_TIME_ZONE,
    // Calendar apps apply a re-imported entry only when its SEQUENCE grew; the last change in seconds always does.
    sequence: Math.floor(event.updatedAt.getTime() / 1000),
    stamp: event.updatedAt,
    lastModified: event.updatedAt,
    location: {
      title: event.venueName,
      address: event.venueAddress,
      geo: event.lat !== null && event.lng !== null ? { lat: event.lat, lon: event.lng } : undefined,
    },
    url,
    status: isCancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

/** RFC 5545 (3.1) ends every content line with CRLF, the last one too; the generator leaves that one off. */
function calendarText(calendar: ICalCalendar): string {
  return `${calendar.toString()}\r\n`;
}

/** The calendar text (RFC 5545) of one event; `publicUrl` is the app's base URL (env.PUBLIC_URL). */
export function buildEventCalendar(event: CalendarEvent, options: CalendarOptions): string {
  const calendar = newCalendar(options.locale);
  addEvent(calendar, event, options);
  return calendarText(calendar);
}

/** The feed of all public events, named in the requested language, asking subscribers to refresh every hour. */
export function buildEventsFeed(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = newCalendar(options.locale);
  calendar.name(translatorFor(options.locale, "EventPage")("calendarName"));
  calendar.ttl(60 * 60);
  calendar.source(`${options.publicUrl}/api/v1/events.ics?locale=${options.locale}`);
  for (const event of events) addEvent(calendar, event, options);
  return calendarText(calendar);
}
