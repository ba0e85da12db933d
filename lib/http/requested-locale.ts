import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

// The language a download (calendar file, CSV) is written in: `?locale=` when it names a UI locale, else the
// first UI locale the client's Accept-Language asks for (by quality, then order), else German. An unknown value
// falls back instead of failing: every text exists in German.

/** The UI locales of an Accept-Language header, most wanted first ("de-DE,en;q=0.8" → ["de", "en"]). */
export function acceptedLocales(header: string | null): Locale[] {
  if (!header) return [];
  const ranges = header
    .split(",")
    .map((part, order) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const quality = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", quality: quality ? Number(quality) : 1, order };
    })
    .filter((range) => range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return [...new Set(ranges.map((range) => range.language).filter(isLocale))];
}

export function requestedLocale(request: Request): Locale {
  const asked = new URL(request.url).searchParams.get("locale");
  if (asked && isLocale(asked)) return asked;
  return acceptedLocales(request.headers.get("accept-language"))[0] ?? defaultLocale;
}
