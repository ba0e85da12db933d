import { languageName } from "@/lib/i18n/language-names";
import { localizedName } from "@/lib/i18n/localized-name";
import { getRegion, type Region } from "@/lib/region/region";

// A cited gap as the space shows it, named in the reader's language, and the choices of the recommendation
// form. Names come from the region's configuration, which the atlas counts by.

export type CitedGapView = {
  municipality: string;
  municipalityName: string;
  topic: string;
  topicName: string;
  language: string | null;
  languageName: string | null;
  offers: number;
  per10k: number | null;
  citedAt: Date;
};

export type GapFormOptions = {
  municipalities: { value: string; label: string }[];
  languages: { value: string; label: string }[];
  /** Only for a group without a core topic: the topic of the gap is then chosen in the form. */
  topics: { value: string; label: string }[] | null;
};

/** The gap columns of a recommendation row. */
export const citedGapSelect = {
  gapMunicipality: true,
  gapTopic: true,
  gapLanguage: true,
  gapOffers: true,
  gapPer10k: true,
  gapCitedAt: true,
} as const;

type GapRow = {
  gapMunicipality: string | null;
  gapTopic: string | null;
  gapLanguage: string | null;
  gapOffers: number | null;
  gapPer10k: number | null;
  gapCitedAt: Date | null;
};

function topicName(region: Region, slug: string, locale: string): string {
  const topic = region.topics.find((candidate) => candidate.slug === slug);
  return topic ? localizedName(topic.names, locale) : slug;
}

/** The cited gap of a row, or null when it cites none. */
export function citedGapView(row: GapRow, locale: string, region: Region = getRegion()): CitedGapView | null {
  if (row.gapMunicipality === null || row.gapTopic === null || row.gapCitedAt === null) return null;
  return {
    municipality: row.gapMunicipality,
    municipalityName: region.municipalities.find((m) => m.slug === row.gapMunicipality)?.name ?? row.gapMunicipality,
    topic: row.gapTopic,
    topicName: topicName(region, row.gapTopic, locale),
    language: row.gapLanguage,
    languageName: row.gapLanguage ? languageName(row.gapLanguage, locale).name : null,
    offers: row.gapOffers ?? 0,
    per10k: row.gapPer10k,
    citedAt: row.gapCitedAt,
  };
}

export function gapFormOptions(locale: string, hasCoreTopic: boolean, region: Region = getRegion()): GapFormOptions {
  const collator = new Intl.Collator(locale);
  return {
    municipalities: region.municipalities
      .map((m) => ({ value: m.slug, label: m.name }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    languages: region.serviceLanguages
      .map((code) => ({ value: code, label: languageName(code, locale).name }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    topics: hasCoreTopic
      ? null
      : region.topics.map((topic) => ({ value: topic.slug, label: localizedName(topic.names, locale) })),
  };
}
