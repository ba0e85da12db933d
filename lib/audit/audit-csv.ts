import type { AuditEntryView } from "@/lib/audit/audit-queries";
import { csvWallClock, spreadsheetCsv } from "@/lib/http/csv";
import { translatorFor } from "@/lib/i18n/translator";

// The filtered trail as a spreadsheet, in the format of every CSV of the app (lib/http/csv.ts). The header
// follows the admin's language; the summaries stay German, the county staff's working language.

export function auditCsv(entries: AuditEntryView[], locale: string): string {
  const t = translatorFor(locale, "Audit");
  const header = [t("when"), t("action"), t("who"), t("organisation"), t("what")];
  const records = entries.map((entry) => [
    csvWallClock(entry.createdAt),
    entry.action,
    entry.actor ?? t("system"),
    entry.organisation ?? "",
    entry.summary,
  ]);
  return spreadsheetCsv(header, records);
}
