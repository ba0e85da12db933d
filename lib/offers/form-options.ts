import { languageName, type LanguageName } from "@/lib/i18n/language-names";
import { localizedName } from "@/lib/i18n/localized-name";
import { getRegion } from "@/lib/region/region";

// The choices of the organisation and offer forms, from the region's data and named in the reader's language.

/** Languages an offer can be given in: the region's service languages first, then others common in the county. */
const OFFER_LANGUAGES_BEYOND_REGION = [
  "fr",
  "es",
  "it",
  "el",
  "ku",
  "sq",
  "sr",
  "hr",
  "bs",
  "ps",
  "ti",
  "so",
  "vi",
  "hu",
];

export type FormOptions = {
  topics: { slug: string; name: string }[];
  audiences: { slug: string; name: string }[];
  municipalities: { slug: string; name: string; postcodes: string[]; center: { lat: number; lng: number } }[];
  languages: LanguageName[];
};

export function getFormOptions(locale: string): FormOptions {
  const region = getRegion();
  const languageCodes = [...new Set([...region.serviceLanguages, ...OFFER_LANGUAGES_BEYOND_REGION])];
  return {
    topics: region.topics.map((topic) => ({ slug: topic.slug, name: localizedName(topic.names, locale) })),
    audiences: region.audiences.map((audience) => ({
      slug: audience.slug,
      name: localizedName(audience.names, locale),
    })),
    municipalities: region.municipalities
      .map(({ slug, name, postcodes, center }) => ({ slug, name, postcodes, center }))
      .sort((a, b) => a.name.localeCompare(b.name, "de")),
    languages: languageCodes.map((code) => languageName(code, locale)),
  };
}
