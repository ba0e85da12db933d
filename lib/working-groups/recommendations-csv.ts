import { csvWallClock, spreadsheetCsv, type CsvCell } from "@/lib/http/csv";
import { translatorFor } from "@/lib/i18n/translator";
import type { RecommendationView } from "@/lib/working-groups/queries";

// The board as a spreadsheet, in the format of every CSV of the app (lib/http/csv.ts). The cited gap's rate
// per 10,000 residents carries a decimal comma, as in the atlas's CSV (lib/gaps/coverage-csv.ts), which is what
// the county's spreadsheets (German settings, ";" lists) read as a number.

export const csvColumns = [
  "title",
  "text",
  "status",
  "votes",
  "author",
  "topics",
  "offers",
  "created",
  "updated",
  "gapMunicipality",
  "gapTopic",
  "gapLanguage",
  "gapOffers",
  "gapPer10k",
  "gapCitedAt",
] as const;

const decimal = (value: number | null): CsvCell => (value === null ? "" : String(value).replace(".", ","));

export function recommendationsCsv(recommendations: RecommendationView[], locale: string): string {
  const t = translatorFor(locale, "WorkingGroups");
  const header = csvColumns.map((column) => t(`csv.${column}`));
  const records = recommendations.map(({ gap, ...recommendation }): CsvCell[] => [
    recommendation.title,
    recommendation.text,
    t(`status.${recommendation.status}`),
    recommendation.voteCount,
    recommendation.authorName ?? t("aMember"),
    recommendation.topics.map((topic) => topic.name).join(", "),
    recommendation.offers.map((offer) => offer.title).join(", "),
    csvWallClock(recommendation.createdAt),
    csvWallClock(recommendation.updatedAt),
    gap?.municipalityName ?? "",
    gap?.topicName ?? "",
    gap?.languageName ?? "",
    gap ? gap.offers : "",
    decimal(gap?.per10k ?? null),
    gap ? csvWallClock(gap.citedAt) : "",
  ]);
  return spreadsheetCsv(header, records);
}
