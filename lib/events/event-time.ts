// The county's events take place in Germany: their times are entered, stored and shown as Berlin wall-clock
// times, whatever time zone the admin's browser, the server or a reader runs in. Admins type them into
// <input type="datetime-local"> (a moment) or <input type="date"> (the last day of registration).
export const EVENT_TIME_ZONE = "Europe/Berlin";
const wallClockFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: EVENT_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The value of a datetime-local input ("2025-06-12T09:30") showing this instant in Berlin. */
export function toDateTimeInput(date: Date): string {
  const part = Object.fromEntries(wallClockFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/** The instant a Berlin wall-clock time ("2025-06-12T09:30") denotes, or null when it is not such a value. */
export function fromDateTimeInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // 31 February, month 13, 25:00
  if (new Date(asUtc).getUTCDate() !== day || month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  // Date.UTC reads the years 0–99 as 1900–1999, and 9999-12-31 late in Berlin is in the year 10000, which the
  // offset below cannot parse (an invalid date that failed only when it was stored).
  if (year < 1000 || year > 9998) return null;
  // Berlin is UTC+1 or UTC+2. Guess with the offset at the UTC reading, then correct once near a switch.
  const offsetAt = (instant: number) => Date.parse(`${toDateTimeInput(new Date(instant))}:00Z`) - instant;
  let instant = asUtc - offsetAt(asUtc);
  instant = asUtc - offsetAt(instant);
  return new Date(instant);
}

/**
 * The instant a Berlin day ("2027-02-01") ends: the next day's 00:00 in Berlin (2027-02-01T23:00:00Z in winter,
 * 22:00Z in summer), or null when it is not such a day. A registration deadline "through 1 February" is this
 * instant. Midnight exists on every Berlin day: the clocks change at 02:00 and 03:00.
 */
export function endOfBerlinDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match || fromDateTimeInput(`${day}T00:00`) === null) return null;
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
  return fromDateTimeInput(`${next}T00:00`);
}

/** The Berlin day of an instant ("2027-02-01"): the date people of the region see on their calendars. */
export function berlinDay(date: Date): string {
  return toDateTimeInput(date).slice(0, 10);
}

/** The Berlin month of an instant ("2027-02"), by which the gap atlas counts and keeps its figures. */
export function berlinMonth(date: Date): string {
  return berlinDay(date).slice(0, 7);
}

/**
 * The last Berlin day on which registration is still possible ("2027-02-01"): the day of the last moment before
 * the deadline, so a deadline at a Berlin midnight belongs to the day that ends there, not the one it begins.
 * This is the value of the admins' date field.
 */
export function deadlineDay(closesAt: Date): string {
  return berlinDay(new Date(closesAt.getTime() - 1));
}

export type DeadlineReading =
  /** Closes at the end of `day`: say "through 1 February 2027". `day` is noon of it, to format in Berlin. */
  | { kind: "end-of-day"; day: Date }
  /** Closes at another moment (entered before deadlines were days): say the date and the time. */
  | { kind: "at"; at: Date };

/** How a registration deadline is said: "through 1 February" when it ends a Berlin day, else its moment. */
export function readDeadline(closesAt: Date): DeadlineReading {
  const endsADay = closesAt.getTime() % 60_000 === 0 && toDateTimeInput(closesAt).endsWith("T00:00");
  if (!endsADay) return { kind: "at", at: closesAt };
  return { kind: "end-of-day", day: fromDateTimeInput(`${deadlineDay(closesAt)}T12:00`)! };
}
