import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { LanguageNames } from "@/components/language-names";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { OfferDiffRow } from "@/lib/review/offer-review";
import type { OfferVersion, OfferVersionField } from "@/lib/review/offer-version";

// The label of each field is the one the organisation saw in the offer form; the weekly slots have none of
// their own there, so they take the form section's.
const labelKey = (field: OfferVersionField) => (field === "scheduleSlots" ? "sectionWhen" : field);

/** One value as the public page words it: yes/no, names, weekdays and dates in the admin's language. */
async function VersionValue({ field, value }: { field: OfferVersionField; value: OfferVersion[OfferVersionField] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) return <>—</>;
  if (typeof value === "boolean") return <>{value ? t("Review.yes") : t("Review.no")}</>;
  if (field === "languages") return <LanguageNames codes={value as string[]} locale={locale} />;
  if (field === "costKind") return <>{t(`Cost.${value === "paid" || value === "reduced" ? value : "free"}`)}</>;
  if (field === "validFrom" || field === "validUntil")
    return <>{format.dateTime(new Date(`${value as string}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" })}</>;
  if (field === "scheduleSlots")
    return (
      <>
        {(value as OfferVersion["scheduleSlots"])
          .map((slot) =>
            t("OfferPage.slot", {
              // 2024-01-01 was a Monday: ISO weekday n is that date plus n-1 days.
              weekday: format.dateTime(new Date(Date.UTC(2024, 0, slot.weekday, 12)), {
                weekday: "long",
                timeZone: "UTC",
              }),
              start: slot.startTime,
              end: slot.endTime,
            }),
          )
          .join(", ")}
      </>
    );
  if (Array.isArray(value)) return <>{(value as string[]).join(", ")}</>;
  return <span className="review-item__description">{String(value)}</span>;
}

/**
 * The version the admins last reviewed beside the one online now, every field in form order; a changed row says
 * so in words (not colour alone) and marks the old value deleted and the new one inserted.
 */
export async function OfferDiffTable({ rows }: { rows: OfferDiffRow[] }) {
  const t = await getTranslations();
  const changedCount = rows.filter((row) => row.changed).length;
  return (
    <ScrollRegion label={t("Review.diffCaption")}>
      <table className="identity-diff offer-diff">
        <caption>
          {t("Review.diffCaption")} {t("Review.diffChangedCount", { count: changedCount })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("Review.identityField")}</th>
            <th scope="col">{t("Review.diffPublished")}</th>
            <th scope="col">{t("Review.diffProposed")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className={row.changed ? "offer-diff__changed" : "muted"}>
              <th scope="row">
                {t(`OfferForm.${labelKey(row.field)}`)}
                {row.changed ? (
                  <>
                    {" "}
                    <span className="badge badge--warning">{t("Review.changed")}</span>
                  </>
                ) : null}
              </th>
              <td className="identity-diff__value">
                {row.changed ? (
                  <del>
                    <VersionValue field={row.field} value={row.published} />
                  </del>
                ) : (
                  <VersionValue field={row.field} value={row.published} />
                )}
              </td>
              <td className="identity-diff__value">
                {row.changed ? (
                  <ins>
                    <VersionValue field={row.field} value={row.proposed} />
                  </ins>
                ) : (
                  <VersionValue field={row.field} value={row.proposed} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
