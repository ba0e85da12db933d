import { csvWallClock, spreadsheetCsv } from "@/lib/http/csv";
import { translatorFor } from "@/lib/i18n/translator";
import type { RecommendationView } from "@/lib/working-groups/queries";

// The board as a spreadsheet, in the format of every CSV of the app (lib/http/csv.ts).

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
] as const;

export function recommendationsCsv(recommendations: RecommendationView[], locale: string): string {
  const t = translatorFor(locale, "WorkingGroups");
  const header = csvColumns.map((column) => t(`csv.${column}`));
  const records = recommendations.map((recommendation) => [
    recommendation.title,
    recommendation.text,
    t(`status.${recommendation.status}`),
    recommendation.voteCount,
    recommendation.authorName ?? t("aMember"),
    recommendation.topics.map((topic) => topic.name).join(", "),
    recommendation.offers.map((offer) => offer.title).join(", "),
    csvWallClock(recommendation.createdAt),
    csvWallClock(recommendation.updatedAt),
  ]);
  return spreadsheetCsv(header, records);
}
