import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditEntryView } from "@/lib/audit/audit-queries";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Who did what when: the audit trail as a table. Summaries are German, the county staff's working language. */
export async function AuditTable({
  entries,
  showOrganisation,
  filtered = false,
}: {
  entries: AuditEntryView[];
  showOrganisation: boolean;
  /** Whether filters are set: an empty table then means "nothing matches", not "nothing happened yet". */
  filtered?: boolean;
}) {
  const t = await getTranslations("Audit");
  const format = await getFormatter();
  if (entries.length === 0) return <p>{t(filtered ? "noMatches" : "empty")}</p>;
  return (
    <ScrollRegion label={t("caption")}>
      <table className="data-table">
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("who")}</th>
            {showOrganisation ? <th scope="col">{t("organisation")}</th> : null}
            <th scope="col">{t("what")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.createdAt.toISOString()}>
                  {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </td>
              <td>{entry.actor ?? t("system")}</td>
              {showOrganisation ? <td>{entry.organisation ?? "—"}</td> : null}
              <td lang="de">{entry.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
