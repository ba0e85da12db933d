import ICAL from "ical.js";
import { buildEventCalendar, type CalendarEvent } from "@/lib/events/ical";

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

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevents = calendar.getAllSubcomponents("vevent");
  expect(vevents).toHaveLength(1);
  return { calendar, vevent: vevents[0]! };
}

test("is a valid calendar with one event in UTC, its place, geo position and page", () => {
  const { calendar, vevent } = parse(
    buildEventCalendar(event, { locale: "en", publicUrl: "https://atlas.example.org" }),
  );

  expect(calendar.name).toBe("vcalendar");
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(calendar.getFirstPropertyValue("prodid")).toMatch(/^-\/\/Integrationsatlas\/\/.+\/\/EN$/);
  expect(vevent.getFirstPropertyValue("uid")).toBe("cm0event@atlas.example.org");
  expect(vevent.getFirstPropertyValue("summary")).toBe(event.title);
  const start = vevent.getFirstPropertyValue("dtstart") as ICAL.Time;
  const end = vevent.getFirstPropertyValue("dtend") as ICAL.Time;
  expect([start.toString(), start.zone?.tzid]).toEqual(["2025-11-20T08:00:00Z", "UTC"]);
  expect([end.toString(), end.zone?.tzid]).toEqual(["2025-11-20T16:30:00Z", "UTC"]);
  expect(vevent.getFirstPropertyValue("location")).toBe("Kreishaus Gütersloh\nHerzebrocker Str. 140, 33334 Gütersloh");
  expect(vevent.getFirstPropertyValue("geo")).toEqual([51.9032, 8.3858]);
  expect(vevent.getFirstPropertyValue("url")).toBe(
    "https://atlas.example.org/en/veranstaltungen/integrationskonferenz-2025",
  );
  expect(vevent.getFirstPropertyValue("description")).toBe(`${event.description}\n\n${event.agenda}`);
  expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
});

test("the UID stays the same across locales and changes, so a new import updates the entry", () => {
  const uid = (text: string) => parse(text).vevent.getFirstPropertyValue("uid");
  const options = { publicUrl: "https://atlas.example.org" };
  const first = buildEventCalendar(event, { ...options, locale: "de" });
  const changed = buildEventCalendar(
    { ...event, title: "Neuer Titel", updatedAt: new Date("2025-10-02T12:00:00Z") },
    { ...options, locale: "ar" },
  );

  expect(uid(changed)).toBe(uid(first));
  expect(Number(parse(changed).vevent.getFirstPropertyValue("sequence"))).toBeGreaterThan(
    Number(parse(first).vevent.getFirstPropertyValue("sequence")),
  );
});

test("a cancelled event is marked CANCELLED; without coordinates there is no GEO and no empty agenda", () => {
  const { vevent } = parse(
    buildEventCalendar(
      { ...event, status: "cancelled", lat: null, lng: null, agenda: null },
      { locale: "de", publicUrl: "http://localhost:3000" },
    ),
  );

  expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
  expect(vevent.getFirstProperty("geo")).toBeNull();
  expect(vevent.getFirstPropertyValue("description")).toBe(event.description);
  expect(vevent.getFirstPropertyValue("uid")).toBe("cm0event@localhost:3000");
  expect(vevent.getFirstPropertyValue("url")).toBe(
    "http://localhost:3000/de/veranstaltungen/integrationskonferenz-2025",
  );
});

test("the text keeps RFC 5545's form: CRLF after every line, lines folded at 75 octets, UTC stamps", () => {
  const text = buildEventCalendar(
    { ...event, title: `${event.title} – Ärger über Übergänge? `.repeat(4), description: "Ü".repeat(200) },
    { locale: "de", publicUrl: "https://atlas.example.org" },
  );

  expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  const lines = text.slice(0, -2).split("\r\n");
  expect(lines.some((line) => line.includes("\n") || line.includes("\r"))).toBe(false);
  // Octets, not characters: a line of umlauts is folded earlier than one of ASCII letters.
  for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  expect(lines.filter((line) => line.startsWith(" ")).length).toBeGreaterThan(2);
  for (const property of ["DTSTAMP", "DTSTART", "DTEND"])
    expect(lines.find((line) => line.startsWith(`${property}:`))).toMatch(/^[A-Z]+:\d{8}T\d{6}Z$/);
  expect(parse(text).vevent.getFirstPropertyValue("description")).toBe(`${"Ü".repeat(200)}\n\n${event.agenda}`);
});
