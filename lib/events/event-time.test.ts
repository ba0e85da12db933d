import { deadlineDay, endOfBerlinDay, fromDateTimeInput, readDeadline, toDateTimeInput } from "@/lib/events/event-time";

describe("Berlin wall-clock times", () => {
  test("a summer time is two hours ahead of UTC, a winter time one", () => {
    expect(fromDateTimeInput("2026-06-12T09:30")?.toISOString()).toBe("2026-06-12T07:30:00.000Z");
    expect(fromDateTimeInput("2026-01-15T09:30")?.toISOString()).toBe("2026-01-15T08:30:00.000Z");
  });

  test("the day the clocks change is converted with the offset after the change", () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST.
    expect(fromDateTimeInput("2026-03-29T01:30")?.toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(fromDateTimeInput("2026-03-29T04:00")?.toISOString()).toBe("2026-03-29T02:00:00.000Z");
  });

  test("a stored instant goes back into the form as the same wall-clock time", () => {
    for (const value of ["2026-06-12T09:30", "2026-12-31T23:59", "2026-10-25T12:00"])
      expect(toDateTimeInput(fromDateTimeInput(value)!)).toBe(value);
  });

  test("what is not a real date and time is refused", () => {
    for (const value of [
      "2026-02-31T10:00",
      "2026-13-01T10:00",
      "2026-06-12T24:30",
      "2026-06-12T10:75",
      "12.06.2026 10:00",
      "",
    ])
      expect(fromDateTimeInput(value)).toBeNull();
  });

  test("a year the conversion cannot represent faithfully is refused, not turned into an invalid or other date", () => {
    for (const value of ["9999-12-31T23:59", "0026-06-12T10:00", "0000-01-01T00:00"])
      expect(fromDateTimeInput(value)).toBeNull();
  });
});

describe("registration deadlines: through the end of a Berlin day", () => {
  // 2027: summer time begins on 28 March and ends on 31 October.
  test.each([
    ["winter", "2027-02-01", "2027-02-01T23:00:00.000Z"],
    ["the last winter day before the switch", "2027-03-27", "2027-03-27T23:00:00.000Z"],
    ["the day the clocks go forward", "2027-03-28", "2027-03-28T22:00:00.000Z"],
    ["summer", "2027-06-30", "2027-06-30T22:00:00.000Z"],
    ["the last summer day before the switch", "2027-10-30", "2027-10-30T22:00:00.000Z"],
    ["the day the clocks go back", "2027-10-31", "2027-10-31T23:00:00.000Z"],
    ["the last day of a year", "2027-12-31", "2027-12-31T23:00:00.000Z"],
  ])("%s (%s) ends at the next Berlin midnight", (_, day, instant) => {
    expect(endOfBerlinDay(day)?.toISOString()).toBe(instant);
    // And back: the stored instant is read as the day it ends, not as the next day at 00:00.
    expect(deadlineDay(new Date(instant))).toBe(day);
    const reading = readDeadline(new Date(instant));
    expect(reading.kind).toBe("end-of-day");
    if (reading.kind === "end-of-day") expect(toDateTimeInput(reading.day)).toBe(`${day}T12:00`);
  });

  test("what is not a calendar day is refused", () => {
    for (const value of ["2027-02-29", "2027-13-01", "2027-02-01T23:59", "1.2.2027", "9998-12-31", ""])
      expect(endOfBerlinDay(value)).toBeNull();
  });

  test("a deadline at another moment is said with its time, and belongs to the day it falls on", () => {
    const evening = fromDateTimeInput("2027-02-01T18:00")!;
    expect(readDeadline(evening)).toEqual({ kind: "at", at: evening });
    expect(deadlineDay(evening)).toBe("2027-02-01");
    // Midnight UTC is 01:00 in Berlin, the next day: the old demo deadline "2. Februar um 01:00".
    const utcMidnight = new Date("2027-02-02T00:00:00.000Z");
    expect(readDeadline(utcMidnight).kind).toBe("at");
    expect(deadlineDay(utcMidnight)).toBe("2027-02-02");
  });
});
