import { spreadsheetCsv, type CsvCell } from "@/lib/http/csv";
import { languageName } from "@/lib/i18n/language-names";
import { localizedName } from "@/lib/i18n/localized-name";
import { translatorFor } from "@/lib/i18n/translator";
import { getRegion } from "@/lib/region/region";
import type { Coverage, CoverageFigure } from "@/lib/gaps/coverage";

// The atlas's table as a spreadsheet (GET /api/v1/coverage.csv): one row per municipality and one for the
// county, with population, its date and source, all matching offers, and per core topic and per language of
// service the offers and the offers per 10,000 residents; headers and names in the requested locale. The
// format is every CSV's of this app (lib/http/csv.ts). The per-10k figures carry a decimal comma, which is what
// the county's spreadsheets (German settings, ";" lists) read as a number.

const decimal = (value: number | null): CsvCell => (value === null ? "" : String(value).replace(".", ","));

export function coverageCsv(coverage: Coverage, locale: string): string {
  const t = translatorFor(locale, "Atlas");
  const region = getRegion();
  const topicName = (slug: string) =>
    localizedName(region.topics.find((topic) => topic.slug === slug)?.names ?? { de: slug }, locale);
  const topics = Object.keys(coverage.totals.topics);
  const languages = Object.keys(coverage.totals.languages);
  const pair = (name: string) => [t("csv.offersOf", { name }), t("csv.per10kOf", { name })];
  const header = [
    t("csv.municipality"),
    t("csv.key"),
    t("csv.population"),
    t("csv.populationDate"),
    t("csv.populationSource"),
    ...pair(t("csv.allOffers")),
    ...topics.flatMap((slug) => pair(topicName(slug))),
    ...languages.flatMap((code) => pair(languageName(code, locale).name)),
  ];
  const figures = (figure: CoverageFigure | undefined): CsvCell[] => [
    figure?.offers ?? 0,
    decimal(figure?.per10k ?? null),
  ];
  const row = (
    name: string,
    ags: string,
    source: string,
    m: Pick<Coverage["totals"], "population" | "populationDate" | "offers" | "per10k" | "topics" | "languages">,
  ): CsvCell[] => [
    name,
    ags,
    m.population,
    m.populationDate,
    source,
    ...figures(m),
    ...topics.flatMap((slug) => figures(m.topics[slug])),
    ...languages.flatMap((code) => figures(m.languages[code])),
  ];
  const ags = new Map(region.municipalities.map((m) => [m.slug, m.ags]));
  return spreadsheetCsv(header, [
    ...coverage.municipalities.map((m) => row(m.name, ags.get(m.slug) ?? "", m.populationSource, m)),
    row(t("csv.county", { region: region.name }), "", t("csv.countySource"), coverage.totals),
  ]);
}
