import { z } from "zod";

const namesSchema = z.record(z.string(), z.string());

/** The name in the given locale, falling back to German, from a `namesJson` column or a names object. */
export function localizedName(names: string | Record<string, string>, locale: string): string {
  const parsed = typeof names === "string" ? namesSchema.parse(JSON.parse(names)) : names;
  return parsed[locale] ?? parsed.de ?? Object.values(parsed)[0] ?? "";
}
