import { z } from "zod";
import { availabilityValues } from "@/lib/offers/availability";
import {
  checkbox,
  checkedList,
  languageCodeSchema,
  latitudeSchema,
  longitudeSchema,
  optionalCoordinate,
  optionalDate,
  optionalEmail,
  optionalPhone,
  optionalPostcode,
  optionalText,
  requiredText,
  slugSchema,
} from "@/lib/validation/fields";

// One schema for the offer form in the browser and the action on the server. Shapes only: whether a topic or
// municipality exists and whether a postcode lies in the chosen municipality is checked by the mutation.

export const costKinds = ["free", "reduced", "paid"] as const;
export const contentLocales = ["en", "ar", "uk", "ru", "tr", "pl", "ro", "bg", "fa"] as const;
export type ContentLocale = (typeof contentLocales)[number];

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "time" });

/**
 * A row with neither start nor end: the empty rows a page without JavaScript offers for adding a time, and the
 * way to remove one there. Blank rows are dropped after parsing, so errors keep the index of the row shown.
 */
function isBlankSlot(row: unknown): boolean {
  if (typeof row !== "object" || row === null) return false;
  const { startTime, endTime } = row as { startTime?: unknown; endTime?: unknown };
  return (startTime === undefined || startTime === "") && (endTime === undefined || endTime === "");
}

export const ScheduleSlotSchema = z
  .object({
    weekday: z.coerce.number({ error: "choose" }).int().min(1, { error: "choose" }).max(7, { error: "choose" }),
    startTime: time,
    endTime: time,
  })
  .refine((slot) => slot.endTime > slot.startTime, { path: ["endTime"], error: "endBeforeStart" });

export const OfferInputSchema = z
  .object({
    title: requiredText(3, 120),
    summary: requiredText(10, 300),
    description: requiredText(20, 5_000),
    topics: checkedList(slugSchema).pipe(z.array(slugSchema).min(1, { error: "chooseTopic" }).max(6)),
    audiences: checkedList(slugSchema).pipe(z.array(slugSchema).max(20)),
    languages: checkedList(languageCodeSchema).pipe(
      z.array(languageCodeSchema).min(1, { error: "chooseLanguage" }).max(30),
    ),
    languageNote: optionalText(200),
    isCountyWide: checkbox,
    municipalities: checkedList(slugSchema).pipe(z.array(slugSchema).max(50)),
    isOnline: checkbox,
    locationName: optionalText(120),
    street: optionalText(120),
    postcode: optionalPostcode,
    locationMunicipality: z.preprocess((v) => (v === "" ? undefined : v), slugSchema.optional()),
    lat: optionalCoordinate(latitudeSchema),
    lng: optionalCoordinate(longitudeSchema),
    scheduleText: optionalText(500),
    slots: z.preprocess(
      (value) => (value === undefined ? [] : value),
      z
        .array(z.preprocess((row) => (isBlankSlot(row) ? null : row), ScheduleSlotSchema.nullable()))
        .max(21)
        .transform((rows) => rows.filter((row) => row !== null)),
    ),
    costKind: z.enum(costKinds, { error: "choose" }),
    costNote: optionalText(200),
    registrationRequired: checkbox,
    accessibility: optionalText(500),
    contactName: optionalText(120),
    contactEmail: optionalEmail,
    contactPhone: optionalPhone,
    validFrom: optionalDate,
    validUntil: optionalDate,
  })
  .superRefine((offer, ctx) => {
    if (!offer.isCountyWide && offer.municipalities.length === 0)
      ctx.addIssue({ code: "custom", path: ["municipalities"], message: "chooseMunicipality" });
    if ((offer.lat === undefined) !== (offer.lng === undefined))
      ctx.addIssue({ code: "custom", path: ["lat"], message: "locationIncomplete" });
    if (offer.lat !== undefined && !offer.locationMunicipality)
      ctx.addIssue({ code: "custom", path: ["locationMunicipality"], message: "choose" });
    if (offer.validFrom && offer.validUntil && offer.validUntil < offer.validFrom)
      ctx.addIssue({ code: "custom", path: ["validUntil"], message: "endBeforeStart" });
  });
export type OfferInput = z.output<typeof OfferInputSchema>;

/** The offer's free-text details a translation may carry besides title, summary and description. */
export const translatableDetails = ["scheduleText", "accessibility", "costNote", "languageNote"] as const;
export type TranslatableDetail = (typeof translatableDetails)[number];

/** The details as a Prisma select, for the offer and for its translations alike. */
export const translatableDetailsSelect = {
  scheduleText: true,
  accessibility: true,
  costNote: true,
  languageNote: true,
} as const satisfies Record<TranslatableDetail, true>;

// A translated detail has the same limit as the German one. Each is optional: a translation may leave a detail
// out, and readers then see it in German.
const germanFields = OfferInputSchema.shape;

export const TranslationInputSchema = z.object({
  title: requiredText(3, 120),
  summary: requiredText(10, 300),
  description: requiredText(20, 5_000),
  scheduleText: germanFields.scheduleText,
  accessibility: germanFields.accessibility,
  costNote: germanFields.costNote,
  languageNote: germanFields.languageNote,
  origin: z.enum(["author", "machine"], { error: "choose" }),
  isReviewed: checkbox,
});
export type TranslationInput = z.output<typeof TranslationInputSchema>;

export const AvailabilityInputSchema = z.object({
  availability: z.enum(availabilityValues, { error: "choose" }),
});

export const OfferIdListSchema = z.object({
  offerIds: checkedList(z.string().min(1).max(40)).pipe(z.array(z.string()).min(1, { error: "chooseOffer" }).max(500)),
});
