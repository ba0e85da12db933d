import { translatorFor } from "@/lib/i18n/translator";
import type { ImportCounts, RowReport } from "@/lib/import/import-record";
import { rowDetails, type ReasonTranslators } from "@/lib/import/reason-text";

// The report as plain German text, for the CLI: one line per row that is not unchanged, then the counts.

export function germanTranslators(): ReasonTranslators {
  const t = translatorFor("de", "Import");
  const tErrors = translatorFor("de", "Errors");
  return {
    t: t as unknown as ReasonTranslators["t"],
    tErrors: tErrors as unknown as ReasonTranslators["tErrors"],
    has: (key) => t.has(key as never),
  };
}

export function reportLines(rows: readonly RowReport[], counts: ImportCounts): string[] {
  const translators = germanTranslators();
  const outcome = (row: RowReport) => translators.t(`report.outcomes.${row.outcome}`);
  const lines = rows
    .filter((row) => row.outcome !== "unchanged")
    .map((row) => {
      const label = [row.externalId, row.title, row.organisation].filter(Boolean).join(" · ");
      const details = rowDetails(translators, row);
      return `Zeile ${row.row} ${outcome(row)}: ${label}${details.length > 0 ? `\n    ${details.join("\n    ")}` : ""}`;
    });
  lines.push(
    translators.t("counts", {
      created: counts.created,
      updated: counts.updated,
      unchanged: counts.unchanged,
      skipped: counts.skipped,
    }) + ` (${counts.total} Zeilen)`,
  );
  return lines;
}
