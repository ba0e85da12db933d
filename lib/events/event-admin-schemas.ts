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
import { endOfBerlinDay, fromDateTimeInput } from "@/lib/events/event-time";

// The admins' event forms, in the browser and on the server. Shapes and date order only: whether the
// municipality exists, a group belongs to the event and a capacity still holds the confirmed people is
// checked by lib/events/event-admin.ts, which knows the data.

export const eventStatuses = ["draft", "published", "cancelled"] as const;
export type EventStatus = (typeof eventStatuses)[number];

const dateTime = requiredText(1, 25)
  .refine((value) => fromDateTimeInput(value) !== null, { error: "dateTime" })
  .transform((value) => fromDateTimeInput(value)!);

// The last day of registration ("2027-02-01", <input type="date">), which people read as "through 1 February":
// stored as the instant that day ends in Berlin.
const lastDay = requiredText(1, 25).transform((value, ctx) => {
  const end = value === "" ? undefined : endOfBerlinDay(value);
  if (end === null) ctx.addIssue({ code: "custom", message: "date" });
  return end ?? z.NEVER;
});

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
  registrationClosesAt: lastDay,
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
  if ((event.lat === undefined) !== (event.lng === undefined))
    ctx.addIssue({ code: "custom", path: ["lat"], message: "locationIncomplete" });
  // A date that did not parse has its own error already; comparing it would only add a misleading second one.
  const valid = (date: unknown) => date instanceof Date && !Number.isNaN(date.getTime());
  if (![event.startsAt, event.endsAt, event.registrationOpensAt, event.registrationClosesAt].every(valid)) return;
  if (event.endsAt <= event.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "endBeforeStart" });
  if (event.registrationClosesAt <= event.registrationOpensAt)
    ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "deadlineBeforeOpening" });
  else if (event.registrationClosesAt > event.startsAt)
    ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "deadlineAfterStart" });
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
