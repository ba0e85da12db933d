import { EventInputSchema, EventUpdateInputSchema } from "@/lib/events/event-admin-schemas";
import { fieldErrorsOf } from "@/lib/result";

/** A submitted event form as formDataToObject returns it: strings only. */
function eventForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "Integrationskonferenz 2026",
    description: "Ein Tag zum Vernetzen und Arbeiten in Gruppen.",
    agenda: "09:30 Ankommen\n10:00 Begrüßung",
    startsAt: "2026-06-12T09:30",
    endsAt: "2026-06-12T16:00",
    venueName: "Kreishaus",
    venueAddress: "Herzebrocker Straße 140, 33334 Gütersloh",
    municipality: "guetersloh",
    lat: "51.9",
    lng: "8.38",
    capacity: "100",
    registrationOpensAt: "2026-04-01T08:00",
    registrationClosesAt: "2026-06-01",
    hasWaitlist: "on",
    status: "published",
    ...overrides,
  };
}

function errorsOf(schema: typeof EventInputSchema | typeof EventUpdateInputSchema, raw: unknown) {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return {};
  return Object.fromEntries(
    Object.entries(fieldErrorsOf(parsed.error)).map(([field, messages]) => [field, messages.map((m) => m.key)]),
  );
}

describe("the event form", () => {
  test("a complete form becomes typed values", () => {
    const parsed = EventInputSchema.parse(eventForm());
    expect(parsed).toMatchObject({
      title: "Integrationskonferenz 2026",
      capacity: 100,
      hasWaitlist: true,
      status: "published",
      lat: 51.9,
      lng: 8.38,
      startsAt: new Date("2026-06-12T07:30:00.000Z"),
      // "through 1 June": until midnight at the end of that day in Berlin (summer time, UTC+2).
      registrationClosesAt: new Date("2026-06-01T22:00:00.000Z"),
    });
  });

  test("the deadline is a day; a time or a day that does not exist is refused", () => {
    for (const value of ["2026-06-01T23:59", "2026-02-30", "01.06.2026", ""])
      expect(errorsOf(EventInputSchema, eventForm({ registrationClosesAt: value }))).toEqual({
        registrationClosesAt: [value === "" ? "required" : "date"],
      });
  });

  test("optional fields may be empty and the waiting list may be off", () => {
    const parsed = EventInputSchema.parse(
      eventForm({ agenda: "", municipality: "", lat: "", lng: "", hasWaitlist: undefined }),
    );
    expect(parsed).toMatchObject({ agenda: undefined, municipality: undefined, lat: undefined, hasWaitlist: false });
  });

  test("the end must come after the start", () => {
    expect(errorsOf(EventInputSchema, eventForm({ endsAt: "2026-06-12T09:30" }))).toEqual({
      endsAt: ["endBeforeStart"],
    });
  });

  test("the deadline must come after registration opens", () => {
    expect(errorsOf(EventInputSchema, eventForm({ registrationClosesAt: "2026-03-01" }))).toEqual({
      registrationClosesAt: ["deadlineBeforeOpening"],
    });
  });

  test("the deadline cannot be after the event starts", () => {
    // Through the day before is fine; through the day of the event would still take registrations after 09:30.
    expect(errorsOf(EventInputSchema, eventForm({ registrationClosesAt: "2026-06-11" }))).toEqual({});
    expect(errorsOf(EventInputSchema, eventForm({ registrationClosesAt: "2026-06-12" }))).toEqual({
      registrationClosesAt: ["deadlineAfterStart"],
    });
  });

  test("capacity is a whole number of at least one", () => {
    expect(errorsOf(EventInputSchema, eventForm({ capacity: "0" }))).toEqual({ capacity: ["tooSmall"] });
    expect(errorsOf(EventInputSchema, eventForm({ capacity: "2.5" }))).toEqual({ capacity: ["invalid"] });
    expect(errorsOf(EventInputSchema, eventForm({ capacity: "viele" }))).toEqual({ capacity: ["invalid"] });
    expect(errorsOf(EventInputSchema, eventForm({ capacity: "" }))).toEqual({ capacity: ["required"] });
  });

  test("missing and malformed fields are named", () => {
    expect(errorsOf(EventInputSchema, eventForm({ title: "", startsAt: "morgen", status: "archived" }))).toEqual({
      title: ["required"],
      startsAt: ["dateTime"],
      status: ["choose"],
    });
  });

  test("a location needs both coordinates", () => {
    expect(errorsOf(EventInputSchema, eventForm({ lng: "" }))).toEqual({ lat: ["locationIncomplete"] });
  });

  test("working groups are checked field by field, under the name of their input", () => {
    const groups = [
      { id: "group-1", title: "AG Sprache", description: "", capacity: "17" },
      { id: "group-2", title: "", description: "", capacity: "0" },
    ];
    expect(errorsOf(EventUpdateInputSchema, eventForm({ groups }))).toEqual({
      "groups.1.title": ["required"],
      "groups.1.capacity": ["tooSmall"],
    });
    expect(EventUpdateInputSchema.parse(eventForm({ groups: [groups[0]] })).groups).toEqual([
      { id: "group-1", title: "AG Sprache", description: undefined, capacity: 17 },
    ]);
  });
});
