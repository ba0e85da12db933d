import type { Coverage } from "@/lib/gaps/coverage";
import { languageName } from "@/lib/i18n/language-names";
import { localizedName } from "@/lib/i18n/localized-name";
import { translatorFor } from "@/lib/i18n/translator";
import type { Region } from "@/lib/region/region";

/**
 * The atlas's filters in words, in the reader's language ("Arbeit und Wirtschaft", "auf Arabisch", "für Frauen",
 * "kostenlos"): the page's captions and the SVG's subtitle say the same. Empty without filters.
 */
export function filtersInWords(filters: Coverage["filters"], region: Region, locale: string): string[] {
  const t = translatorFor(locale, "Atlas");
  const tMap = translatorFor(locale, "AtlasMap");
  const name = (items: { slug: string; names: Record<string, string> }[], slug: string) =>
    localizedName(items.find((item) => item.slug === slug)?.names ?? { de: slug }, locale);
  const list = (values: string[], named: (value: string) => string) => values.map(named).join(", ");
  return [
    ...(filters.text ? [tMap("text", { text: filters.text })] : []),
    ...(filters.topic.length > 0 ? [list(filters.topic, (slug) => name(region.topics, slug))] : []),
    ...(filters.language.length > 0
      ? [t("inLanguage", { language: list(filters.language, (code) => languageName(code, locale).name) })]
      : []),
    ...(filters.audience.length > 0
      ? [t("forAudience", { audience: list(filters.audience, (slug) => name(region.audiences, slug)) })]
      : []),
    ...(filters.free ? [t("freeOnly")] : []),
  ];
}
