// UI locales: German (the source), English, and the languages the county's immigrants speak most.
export const locales = ["de", "en", "ar", "uk", "ru", "tr", "pl", "ro", "bg", "fa"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "de";

const rightToLeft: ReadonlySet<string> = new Set(["ar", "fa", "he", "ur"]);

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export function textDirection(locale: string): "rtl" | "ltr" {
  return rightToLeft.has(locale) ? "rtl" : "ltr";
}
