import { z } from "zod";
import {
  checkbox,
  latitudeSchema,
  longitudeSchema,
  optionalCoordinate,
  optionalText,
  recordIdSchema,
  requiredText,
  slugSchema,
} from "@/lib/validation/fields";

// The admins' event forms, in the browser and on the server. Shapes and date order only: whether the
// municipality exists, a group belongs to the event and a capacity still holds the confirmed people is
// checked by lib/events/event-admin.ts, which knows the data.

export const eventStatuses = ["draft", "published", "cancelled"] as const;
export type EventStatus = (typeof eventStatuses)[number];

// The county's events take place in Germany and admins type local wall-clock times into
// <input type="datetime-local">, whatever time zone their browser or the server runs in.
const EVENT_TIME_ZONE = "Europe/Berlin";
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
  if (new Date(asUtc).getUTCDate() !== day || hour > 23 || minute > 59) return null; // 31 February, 25:00
  // Date.UTC reads the years 0–99 as 1900–1999, and 9999-12-31 late in Berlin is in the year 10000, which the
  // offset below cannot parse (an invalid date that failed only when it was stored).
  if (year < 1000 || year > 9998) return null;
  // Berlin is UTC+1 or UTC+2. Guess with the offset at the UTC reading, then correct once near a switch.
  const offsetAt = (instant: number) => Date.parse(`${toDateTimeInput(new Date(instant))}:00Z`) - instant;
  let instant = asUtc - offsetAt(asUtc);
  instant = asUtc - offsetAt(instant);
  return new Date(instant);
}

const dateTime = requiredText(1, 25)
  .refine((value) => fromDateTimeInput(value) !== null, { error: "dateTime" })
  .transform((value) => fromDateTimeInput(value)!);

/** People: at least one, and a number a county hall can hold. */
const capacity = z.preprocess(
  (value) => (typeof value !== "string" ? value : value.trim() === "" ? undefined : Number(value.trim())),
  z
    // Only the type error is named here; returning undefined keeps zod's own issue for min and max.
    .number({
      error: (issue) =>
        issue.code !== "invalid_type" ? undefined : issue.input === undefined ? "required" : "invalid",
    })
    .int({ error: "invalid" })
    .min(1)
    .max(10_000),
);

const eventFields = {
  title: requiredText(3, 160),
  description: requiredText(10, 5_000),
  // One agenda item per line, e.g. "09:30 Ankommen"; shown as a list on the public page.
  agenda: optionalText(5_000),
  startsAt: dateTime,
  endsAt: dateTime,
  venueName: requiredText(2, 160),
  venueAddress: requiredText(5, 300),
  municipality: z.preprocess((value) => (value === "" ? undefined : value), slugSchema.optional()),
  lat: optionalCoordinate(latitudeSchema),
  lng: optionalCoordinate(longitudeSchema),
  capacity,
  registrationOpensAt: dateTime,
  registrationClosesAt: dateTime,
  hasWaitlist: checkbox,
  status: z.enum(eventStatuses, { error: "choose" }),
};

type EventRuleFields = {
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  lat?: number | undefined;
  lng?: number | undefined;
};

function checkEventRules(event: EventRuleFields, ctx: z.RefinementCtx): void {
  if (event.endsAt <= event.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "endBeforeStart" });
  if (event.registrationClosesAt <= event.registrationOpensAt)
    ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "deadlineBeforeOpening" });
  else if (event.registrationClosesAt > event.startsAt)
    ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "deadlineAfterStart" });
  if ((event.lat === undefined) !== (event.lng === undefined))
    ctx.addIssue({ code: "custom", path: ["lat"], message: "locationIncomplete" });
}

/** A new event; its working groups are made from the region's topics (see createEvent). */
export const EventInputSchema = z.object(eventFields).superRefine(checkEventRules);
export type EventInput = z.output<typeof EventInputSchema>;

export const WorkingGroupInputSchema = z.object({
  id: recordIdSchema,
  title: requiredText(2, 120),
  description: optionalText(1_000),
  capacity,
});

/** An existing event with its working groups (fields "groups.0.title" …). */
export const EventUpdateInputSchema = z
  .object({
    ...eventFields,
    groups: z.preprocess((value) => value ?? [], z.array(WorkingGroupInputSchema).max(30)),
  })
  .superRefine(checkEventRules);
export type EventUpdateInput = z.output<typeof EventUpdateInputSchema>;

export const AttendeeMessageInputSchema = z.object({
  subject: requiredText(3, 150),
  text: requiredText(10, 5_000),
});
export type AttendeeMessageInput = z.output<typeof AttendeeMessageInputSchema>;
