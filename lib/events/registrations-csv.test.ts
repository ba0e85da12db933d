import { registrationsCsv } from "@/lib/events/registrations-csv";
import type { RegistrationRow } from "@/lib/events/registration-list";
import { readCsv } from "@/tests/read-csv";

const row = (overrides: Partial<RegistrationRow> = {}): RegistrationRow => ({
  id: "r1",
  sequence: 1,
  name: "Anna Müller",
  email: "anna@example.org",
  organisationName: null,
  municipality: "Verl",
  role: null,
  status: "confirmed",
  waitlistPosition: null,
  group: { id: "g1", title: "AG Sprache und Bildung", status: "assigned" },
  firstChoice: "AG Sprache und Bildung",
  secondChoice: null,
  accessibilityNeeds: null,
  assignmentReason: null,
  checkedInAt: null,
  ...overrides,
});

test("starts with the UTF-8 byte order mark and a German header, and ends lines with CRLF", () => {
  const csv = registrationsCsv([row()], "de");
  expect(csv.startsWith("\uFEFFNr.;Name;E-Mail;Organisation;Gemeinde;")).toBe(true);
  expect(csv.split("\r\n")).toHaveLength(3); // header, one row, and the final line end
  expect(csv.split("\r\n")[1]).toBe(
    "1;Anna Müller;anna@example.org;;Verl;;Bestätigt;;AG Sprache und Bildung;zugeteilt;AG Sprache und Bildung;;;;",
  );
});

test("quotes, semicolons, line breaks and umlauts survive a round trip", () => {
  const tricky = row({
    name: 'Jürgen "Jü" Öztürk; jun.',
    organisationName: "Caritas\r\nVerl",
    accessibilityNeeds: "Rollstuhl\nund Gebärdensprache",
    role: "ضيف",
    status: "waitlisted",
    waitlistPosition: 3,
    group: null,
    checkedInAt: new Date("2026-06-12T07:31:00Z"),
  });
  const [header, record] = readCsv(registrationsCsv([tricky], "de").slice(1));
  expect(record).toHaveLength(header!.length);
  const value = (column: string) => record![header!.indexOf(column)];
  expect(value("Name")).toBe('Jürgen "Jü" Öztürk; jun.');
  expect(value("Organisation")).toBe("Caritas\r\nVerl");
  expect(value("Barrierefreiheit")).toBe("Rollstuhl\nund Gebärdensprache");
  expect(value("Rolle")).toBe("ضيف");
  expect(value("Status")).toBe("Warteliste");
  expect(value("Wartelistenplatz")).toBe("3");
  expect(value("Eingecheckt")).toBe("2026-06-12 09:31"); // Berlin summer time
});

test("a cell that starts like a spreadsheet formula cannot run", () => {
  const [, record] = readCsv(
    registrationsCsv([row({ name: '=HYPERLINK("http://x")', role: "@admin" })], "de").slice(1),
  );
  expect(record![1]).toBe('\'=HYPERLINK("http://x")');
  expect(record![5]).toBe("'@admin");
});

test("the header and status follow the admin's language", () => {
  const [header, record] = readCsv(registrationsCsv([row({ status: "cancelled" })], "en").slice(1));
  expect(header!.slice(0, 3)).toEqual(["No.", "Name", "Email"]);
  expect(record![6]).toBe("Cancelled");
});
