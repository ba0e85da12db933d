import { getTranslations } from "next-intl/server";
import type { RowReport } from "@/lib/import/import-record";
import { rowDetails, type ReasonTranslators } from "@/lib/import/reason-text";

/** The rows of a dry run or a real run: every skipped row with its reasons, then the others. */
export async function ImportReport({
  skipped,
  others,
  othersHidden,
}: {
  skipped: RowReport[];
  others: RowReport[];
  othersHidden: number;
}) {
  const t = await getTranslations("Import");
  const tErrors = await getTranslations("Errors");
  const translators: ReasonTranslators = {
    t,
    tErrors,
    has: (key) => t.has(key as never),
  };
  const table = (rows: RowReport[]) => (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t("report.row")}</th>
          <th scope="col">{t("report.offer")}</th>
          <th scope="col">{t("report.organisation")}</th>
          <th scope="col">{t("report.outcome")}</th>
          <th scope="col">{t("report.details")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.row} data-outcome={row.outcome}>
            <td>{row.row}</td>
            <td>
              {row.title || "—"}
              {row.externalId ? <span className="muted"> ({row.externalId})</span> : null}
            </td>
            <td>{row.organisation || "—"}</td>
            <td>{t(`report.outcomes.${row.outcome}`)}</td>
            <td>
              {rowDetails(translators, row).map((line) => (
                <p key={line}>{line}</p>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <h3>{t("report.skippedHeading", { count: skipped.length })}</h3>
      {skipped.length > 0 ? table(skipped) : null}
      <h3>{t("report.othersHeading")}</h3>
      {others.length > 0 ? table(others) : null}
      {othersHidden > 0 ? <p className="muted">{t("report.othersHidden", { count: othersHidden })}</p> : null}
    </>
  );
}
