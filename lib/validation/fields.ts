import { z } from "zod";

// Fields shared across domains. Messages here are developer-facing; forms map codes to the user's locale.

export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be lowercase letters, digits and single hyphens" });

/** ISO 639-1: two lowercase letters. */
export const languageCodeSchema = z.string().regex(/^[a-z]{2}$/, { error: "must be an ISO 639-1 code such as de" });

export const latitudeSchema = z.number().min(-90).max(90);
export const longitudeSchema = z.number().min(-180).max(180);

// ─── Form fields ─────────────────────────────────────────────────────────────────────────────────────────
// Forms send strings; these turn them into values. Errors are message keys of the "Errors" namespace.

const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);
const emptyToUndefined = (value: unknown) => {
  const text = trimmed(value);
  return text === "" || text === null ? undefined : text;
};

/**
 * A required single-line text, trimmed. Empty says "required", too short or too long say so with the limit. An
 * empty field stays a string (a non-aborting issue), so object-level checks still run and the error summary
 * lists every problem at once.
 */
export const requiredText = (min: number, max: number) =>
  z.preprocess(
    trimmed,
    z
      .string({ error: (issue) => (issue.code === "invalid_type" ? "required" : undefined) })
      .min(min, { error: (issue) => (issue.input === "" ? "required" : undefined) })
      .max(max),
  );

/** An optional text: empty becomes undefined. */
export const optionalText = (max: number) => z.preprocess(emptyToUndefined, z.string().max(max).optional());

/** A checkbox: present ("on", "true") is true, absent is false. */
export const checkbox = z.preprocess(
  (value) => value === true || value === "on" || value === "true" || value === "1",
  z.boolean(),
);

export const emailSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toLowerCase() : value),
  z.email({ error: "email" }).max(254),
);
export const optionalEmail = z.preprocess(emptyToUndefined, emailSchema.optional());

/** Digits, spaces and the usual separators; at least 6 digits. */
export const optionalPhone = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .max(40)
    .regex(/^\+?[0-9 ()/-]+$/, { error: "phone" })
    .refine((value) => value.replace(/\D/g, "").length >= 6, { error: "phone" })
    .optional(),
);

/**
 * True when the address names a host with a domain ending: at least two labels, the last of them two or more
 * letters or an IDN ending (xn--…). `new URL` has already turned an umlaut host (münster.de) into punycode.
 * Something that is no URL at all counts as true here, so the "url" message alone speaks for it.
 */
export function hasDomainEnding(address: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(address).hostname;
  } catch {
    return true;
  }
  const labels = hostname.split(".");
  const ending = labels.at(-1) ?? "";
  return labels.length >= 2 && labels.every((label) => label !== "") && /^(?:[a-z]{2,}|xn--[a-z0-9-]+)$/.test(ending);
}

/**
 * A website, with https:// added when only www.beispiel.de is typed. The one rule for every website field: a
 * host without an ending (www.integrationsbuero-bhz, localhost, an IP address) is refused with its own message,
 * because a link to it leads nowhere for the residents who click it.
 */
export const optionalWebsite = z.preprocess(
  (value) => {
    const text = emptyToUndefined(value);
    // Only an address without any scheme gets https://; ftp://… stays as typed and fails the protocol check.
    return typeof text === "string" && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? `https://${text}` : text;
  },
  z
    .url({ protocol: /^https?$/, error: "url" })
    .max(300)
    .refine(hasDomainEnding, { error: "urlDomainEnding" })
    .optional(),
);

/** A German postcode: five digits. */
export const optionalPostcode = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .regex(/^\d{5}$/, { error: "postcode" })
    .optional(),
);

/** A coordinate typed or set by the map; empty is "no location". */
export const optionalCoordinate = (schema: z.ZodNumber) =>
  z.preprocess((value) => {
    const text = emptyToUndefined(value);
    return typeof text === "string" ? Number(text.replace(",", ".")) : text;
  }, schema.optional());

/** A date from <input type="date"> (YYYY-MM-DD), as midnight UTC of that day. */
export const optionalDate = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date" })
    .transform((value) => new Date(`${value}T00:00:00.000Z`))
    .refine((date) => !Number.isNaN(date.getTime()), { error: "date" })
    .optional(),
);

/** A list of checkbox values (name ending in []), none checked being the empty list. */
export const checkedList = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value): unknown[] => (value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value]),
    z.array(item),
  );

/** A database id (a cuid, or a UUID from the demo seed) as it arrives from a route segment or a bound argument. */
export const recordIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/);
