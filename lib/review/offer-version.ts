import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { offerContentSelect } from "@/lib/offers/offer-fields";

// One version of an offer's public content, as the second look compares it: the German text and every detail the
// form edits, with relations as slugs and codes (sorted) so two versions compare field by field. Stored as JSON in
// Offer.secondLookBaselineJson; availability and confirmations are left out, as they change without an edit.

const text = z.string().nullable();
const slot = z.object({ weekday: z.number().int(), startTime: z.string(), endTime: z.string() });

export const OfferVersionSchema = z.object({
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  topics: z.array(z.string()),
  audiences: z.array(z.string()),
  languages: z.array(z.string()),
  languageNote: text,
  isCountyWide: z.boolean(),
  municipalities: z.array(z.string()),
  isOnline: z.boolean(),
  locationName: text,
  street: text,
  postcode: text,
  locationMunicipality: text,
  scheduleSlots: z.array(slot),
  scheduleText: text,
  costKind: z.string(),
  costNote: text,
  registrationRequired: z.boolean(),
  accessibility: text,
  contactName: text,
  contactEmail: text,
  contactPhone: text,
  validFrom: text, // ISO date (yyyy-mm-dd)
  validUntil: text,
});
export type OfferVersion = z.infer<typeof OfferVersionSchema>;
export type OfferVersionField = keyof OfferVersion;

/** The fields in the order the diff lists them (the order of the offer form). */
export const offerVersionFields = OfferVersionSchema.keyof().options;

export const offerVersionSelect = {
  ...offerContentSelect,
  locationMunicipality: { select: { slug: true } },
  topics: { select: { topic: { select: { slug: true } } } },
  audiences: { select: { audience: { select: { slug: true } } } },
  languages: { select: { language: true } },
  municipalities: { select: { municipality: { select: { slug: true } } } },
  scheduleSlots: { select: { weekday: true, startTime: true, endTime: true } },
} satisfies Prisma.OfferSelect;

type VersionRow = Prisma.OfferGetPayload<{ select: typeof offerVersionSelect }>;

const sorted = (values: string[]) => [...values].sort();
const isoDate = (value: Date | null) => value?.toISOString().slice(0, 10) ?? null;

// A browser submits a textarea's line breaks as CRLF, so a text saved again through the form differs from the
// seeded or API-written one in nothing a reader sees: compared, and shown, with plain LF.
const lf = <T extends string | null>(value: T): T => (value === null ? value : (value.replace(/\r\n?/g, "\n") as T));

export function toOfferVersion(row: VersionRow): OfferVersion {
  const { locationMunicipality, topics, audiences, languages, municipalities, scheduleSlots, ...scalars } = row;
  const texts = Object.fromEntries(
    Object.entries(scalars).map(([field, value]) => [field, typeof value === "string" ? lf(value) : value]),
  ) as typeof scalars;
  return {
    ...texts,
    validFrom: isoDate(row.validFrom),
    validUntil: isoDate(row.validUntil),
    locationMunicipality: locationMunicipality?.slug ?? null,
    topics: sorted(topics.map(({ topic }) => topic.slug)),
    audiences: sorted(audiences.map(({ audience }) => audience.slug)),
    languages: sorted(languages.map(({ language }) => language)),
    municipalities: sorted(municipalities.map(({ municipality }) => municipality.slug)),
    scheduleSlots: [...scheduleSlots].sort(
      (a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime) || a.endTime.localeCompare(b.endTime),
    ),
  };
}

/** The stored baseline, or null when there is none or it was written in a shape this code no longer reads. */
export function parseOfferVersion(json: string | null): OfferVersion | null {
  if (json === null) return null;
  try {
    const parsed = OfferVersionSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The fields whose values differ between the two versions, in form order. */
export function changedOfferFields(before: OfferVersion, after: OfferVersion): OfferVersionField[] {
  return offerVersionFields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}
