import { stringify } from "csv-stringify/sync";
import { toDateTimeInput } from "@/lib/events/event-admin-schemas";
import { translatorFor } from "@/lib/i18n/translator";
import type { RecommendationView } from "@/lib/working-groups/queries";

// The board as a spreadsheet, in the format of the registrations export (lib/events/registrations-csv.ts):
// ";" (German Excel's list separator), a UTF-8 byte order mark (or umlauts and Arabic come out garbled), CRLF,
// line breaks quoted, and a text that starts like a formula prefixed with ' so a member's title cannot run.

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

/** Berlin wall-clock time as "2025-06-12 09:30", which spreadsheets read as a date. */
const wallClock = (date: Date) => toDateTimeInput(date).replace("T", " ");

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
    wallClock(recommendation.createdAt),
    wallClock(recommendation.updatedAt),
  ]);
  return stringify([header, ...records], {
    bom: true,
    delimiter: ";",
    record_delimiter: "windows",
    quoted_match: /[\r\n]/,
    escape_formulas: true,
  });
}
