import ICAL from "ical.js";
import { buildEventCalendar, buildEventsFeed, type CalendarEvent } from "@/lib/events/ical";

// The output is read back with a second, independent iCal implementation (ical.js), so the test checks what a
// calendar app would see rather than the generator's formatting.

const event: CalendarEvent = {
  id: "cm0event",
  slug: "integrationskonferenz-2025",
  title: "Integrationskonferenz 2025, Teil 1; Gütersloh",
  description: "Menschen, die Integration im Kreis gestalten, lernen sich kennen.",
  agenda: "09:00 Ankommen\n10:00 Arbeitsgruppen",
  startsAt: new Date("2025-11-20T08:00:00Z"),
  endsAt: new Date("2025-11-20T16:30:00Z"),
  venueName: "Kreishaus Gütersloh",
  venueAddress: "Herzebrocker Str. 140, 33334 Gütersloh",
  lat: 51.9032,
  lng: 8.3858,
  status: "published",
  updatedAt: new Date("2025-10-01T12:00:00Z"),
};
const publicUrl = "https://atlas.example.org";

/** The calendar as ical.js reads it, with its VTIMEZONE registered, so local times convert to instants. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vtimezones = calendar.getAllSubcomponents("vtimezone");
  for (const vtimezone of vtimezones) ICAL.TimezoneService.register(vtimezone);
  return { calendar, vtimezones, vevents: calendar.getAllSubcomponents("vevent") };
}

function parse(text: string) {
  const { calendar, vevents } = parseCalendar(text);
  expect(vevents).toHaveLength(1);
  return { calendar, vevent: vevents[0]! };
}

afterEach(() => ICAL.TimezoneService.reset());

function time(vevent: ICAL.Component, name: "dtstart" | "dtend") {
  const property = vevent.getFirstProperty(name)!;
  const value = property.getFirstValue() as ICAL.Time;
  return { tzid: property.getParameter("tzid"), local: value.toString(), instant: value.toJSDate().toISOString() };
}

test("is a valid calendar with one event, its place, geo position and page", () => {
  const { calendar, vevent } = parse(buildEventCalendar(event, { locale: "de", publicUrl }));

  expect(calendar.name).toBe("vcalendar");
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(calendar.getFirstPropertyValue("prodid")).toMatch(/^-\/\/Integrationsatlas\/\/.+\/\/DE$/);
  expect(vevent.getFirstPropertyValue("uid")).toBe("cm0event@atlas.example.org");
  expect(vevent.getFirstPropertyValue("summary")).toBe(event.title);
  expect(vevent.getFirstPropertyValue("location")).toBe("Kreishaus Gütersloh\nHerzebrocker Str. 140, 33334 Gütersloh");
  expect(vevent.getFirstPropertyValue("geo")).toEqual([51.9032, 8.3858]);
  expect(vevent.getFirstPropertyValue("url")).toBe(`${publicUrl}/de/veranstaltungen/integrationskonferenz-2025`);
  expect(vevent.getFirstPropertyValue("description")).toBe(
    `${event.description}\n\nAblauf:\n${event.agenda}\n\n` +
      `Veranstaltungsseite mit Anmeldung: ${publicUrl}/de/veranstaltungen/integrationskonferenz-2025`,
  );
  expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
});

test("times are Berlin wall-clock times with TZID and the VTIMEZONE that defines Europe/Berlin", () => {
  const { vtimezones, vevents } = parseCalendar(buildEventCalendar(event, { locale: "de", publicUrl }));

  expect(vtimezones.map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual(["Europe/Berlin"]);
  const vevent = vevents[0]!;
  // 08:00 UTC in November is 09:00 in Berlin (CET, UTC+1).
  expect(time(vevent, "dtstart")).toEqual({
    tzid: "Europe/Berlin",
    local: "2025-11-20T09:00:00",
    instant: "2025-11-20T08:00:00.000Z",
  });
  expect(time(vevent, "dtend")).toEqual({
    tzid: "Europe/Berlin",
    local: "2025-11-20T17:30:00",
    instant: "2025-11-20T16:30:00.000Z",
  });
  // The stamps stay in UTC, as RFC 5545 requires.
  expect((vevent.getFirstPropertyValue("dtstamp") as ICAL.Time).zone?.tzid).toBe("UTC");
});

test.each([
  ["summer time (CEST, UTC+2)", "2026-06-12T07:30:00Z", "2026-06-12T14:00:00Z", "2026-06-12T09:30:00", "16:00"],
  // The night the clocks go back: 01:30 CEST to 03:30 CET is three hours, not two.
  ["across the October switch", "2025-10-25T23:30:00Z", "2025-10-26T02:30:00Z", "2025-10-26T01:30:00", "03:30"],
  // The night the clocks go forward: 01:30 CET to 03:30 CEST is one hour.
  ["across the March switch", "2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z", "2026-03-29T01:30:00", "03:30"],
])("%s: local times in Berlin convert back to the same instants", (_, startsAt, endsAt, localStart, localEnd) => {
  const text = buildEventCalendar(
    { ...event, startsAt: new Date(startsAt), endsAt: new Date(endsAt) },
    { locale: "de", publicUrl },
  );
  const { vevent } = parse(text);

  expect(time(vevent, "dtstart")).toEqual({
    tzid: "Europe/Berlin",
    local: localStart,
    instant: new Date(startsAt).toISOString(),
  });
  expect(time(vevent, "dtend").local.slice(11, 16)).toBe(localEnd);
  expect(time(vevent, "dtend").instant).toBe(new Date(endsAt).toISOString());
});

test("the local times do not depend on the server's time zone", () => {
  const original = process.env.TZ;
  const texts = ["UTC", "America/New_York", "Asia/Kolkata"].map((zone) => {
    process.env.TZ = zone;
    return buildEventCalendar(event, { locale: "de", publicUrl });
  });
  process.env.TZ = original;

  expect(new Set(texts).size).toBe(1);
  expect(texts[0]).toContain("\r\nDTSTART;TZID=Europe/Berlin:20251120T090000\r\n");
});

test("labels, the cancellation and the page link are in the requested language; the title stays German", () => {
  const cancelled = { ...event, status: "cancelled" };
  const english = parse(buildEventCalendar(cancelled, { locale: "en", publicUrl })).vevent;
  const arabic = parse(buildEventCalendar(cancelled, { locale: "ar", publicUrl })).vevent;

  expect(english.getFirstPropertyValue("summary")).toBe(`Cancelled: ${event.title}`);
  expect(english.getFirstPropertyValue("description")).toBe(
    `This event has been cancelled.\n\n${event.description}\n\nProgramme:\n${event.agenda}\n\n` +
      `Event page with registration: ${publicUrl}/en/veranstaltungen/integrationskonferenz-2025`,
  );
  expect(arabic.getFirstPropertyValue("summary")).toBe(`ملغاة: ${event.title}`);
  expect(arabic.getFirstPropertyValue("description")).toContain(
    `صفحة الفعالية مع التسجيل: ${publicUrl}/ar/veranstaltungen/integrationskonferenz-2025`,
  );
  expect(english.getFirstPropertyValue("status")).toBe("CANCELLED");
});

test("the UID stays the same across locales and changes, so a new import updates the entry", () => {
  const uid = (text: string) => parse(text).vevent.getFirstPropertyValue("uid");
  const first = buildEventCalendar(event, { publicUrl, locale: "de" });
  const changed = buildEventCalendar(
    { ...event, title: "Neuer Titel", updatedAt: new Date("2025-10-02T12:00:00Z") },
    { publicUrl, locale: "ar" },
  );

  expect(uid(changed)).toBe(uid(first));
  expect(Number(parse(changed).vevent.getFirstPropertyValue("sequence"))).toBeGreaterThan(
    Number(parse(first).vevent.getFirstPropertyValue("sequence")),
  );
});

test("without coordinates there is no GEO, and without an agenda no empty heading", () => {
  const { vevent } = parse(
    buildEventCalendar(
      { ...event, lat: null, lng: null, agenda: null },
      { locale: "de", publicUrl: "http://localhost:3000" },
    ),
  );

  expect(vevent.getFirstProperty("geo")).toBeNull();
  expect(vevent.getFirstPropertyValue("description")).toBe(
    `${event.description}\n\nVeranstaltungsseite mit Anmeldung: http://localhost:3000/de/veranstaltungen/integrationskonferenz-2025`,
  );
  expect(vevent.getFirstPropertyValue("uid")).toBe("cm0event@localhost:3000");
});

/** RFC 5545 3.1: every content line ends in CRLF, the last one too, and is folded at 75 octets. */
function expectRfc5545Lines(text: string) {
  expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  const lines = text.slice(0, -2).split("\r\n");
  // Octets, not characters: a line of umlauts is folded earlier than one of ASCII letters.
  for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  return lines;
}

test("the text keeps RFC 5545's form: CRLF after every line, lines folded at 75 octets, UTC stamps", () => {
  const text = buildEventCalendar(
    { ...event, title: `${event.title} – Ärger über Übergänge? `.repeat(4), description: "Ü".repeat(200) },
    { locale: "de", publicUrl },
  );

  const lines = expectRfc5545Lines(text);
  expect(lines.filter((line) => line.startsWith(" ")).length).toBeGreaterThan(2);
  for (const property of ["DTSTAMP", "LAST-MODIFIED"])
    expect(lines.find((line) => line.startsWith(`${property}:`))).toMatch(/^[A-Z-]+:\d{8}T\d{6}Z$/);
  for (const property of ["DTSTART", "DTEND"])
    expect(lines.find((line) => line.startsWith(`${property};`))).toMatch(/^[A-Z]+;TZID=Europe\/Berlin:\d{8}T\d{6}$/);
  expect(parse(text).vevent.getFirstPropertyValue("description")).toMatch(/^Ü{200}\n\nAblauf:/);
});

test("the feed holds every event once, one VTIMEZONE, its name in the requested language and a refresh hint", () => {
  const second = { ...event, id: "cm1event", slug: "fachtag-2026", title: "Fachtag", status: "cancelled" };
  const text = buildEventsFeed([event, second], { locale: "uk", publicUrl });

  expectRfc5545Lines(text);
  const { calendar, vtimezones, vevents } = parseCalendar(text);
  expect(vtimezones).toHaveLength(1);
  expect(vevents.map((vevent) => vevent.getFirstPropertyValue("uid"))).toEqual([
    "cm0event@atlas.example.org",
    "cm1event@atlas.example.org",
  ]);
  expect(vevents.map((vevent) => vevent.getFirstProperty("dtstart")!.getParameter("tzid"))).toEqual([
    "Europe/Berlin",
    "Europe/Berlin",
  ]);
  expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Integrationsatlas – Заходи");
  expect(String(calendar.getFirstPropertyValue("refresh-interval"))).toBe("PT1H");
  expect(vevents[1]!.getFirstPropertyValue("summary")).toBe("Скасовано: Fachtag");
});

test("an empty feed is still a valid calendar", () => {
  const text = buildEventsFeed([], { locale: "de", publicUrl });

  expectRfc5545Lines(text);
  expect(parseCalendar(text).vevents).toHaveLength(0);
});
