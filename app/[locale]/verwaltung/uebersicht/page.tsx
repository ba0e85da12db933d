import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { toDateTimeInput } from "@/lib/events/event-time";
import { Link } from "@/lib/i18n/navigation";
import { getAdminOverview, type DecisionTimes } from "@/lib/review/admin-overview";

type Props = { params: Promise<{ locale: string }> };

const HOUR_MS = 3_600_000;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminOverview" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminOverviewPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/verwaltung/uebersicht");
  if (!can(actor, "review:decide")) notFound();
  const overview = await getAdminOverview(actor);
  const t = await getTranslations("AdminOverview");
  const tAudit = await getTranslations("Audit");
  const format = await getFormatter();
  // Hours up to two days, then days: "18 hours", "3.5 days", in the reader's language.
  const duration = (ms: number | null) => {
    if (ms === null) return "—";
    const hours = ms / HOUR_MS;
    return hours < 48
      ? format.number(hours, { style: "unit", unit: "hour", unitDisplay: "long", maximumFractionDigits: 1 })
      : format.number(hours / 24, { style: "unit", unit: "day", unitDisplay: "long", maximumFractionDigits: 1 });
  };
  // The log from the first day of the period, as a Berlin day like the log's date filter.
  const sinceDay = toDateTimeInput(overview.since).slice(0, 10);
  const decisionRow = (kind: "offers" | "organisations", times: DecisionTimes, waiting: number) => (
    <tr>
      <th scope="row">{t(kind)}</th>
      <td>
        <Link href={{ pathname: "/verwaltung", query: { section: kind } }}>{format.number(waiting)}</Link>
      </td>
      <td>{format.number(times.count)}</td>
      <td>{duration(times.medianMs)}</td>
      <td>{duration(times.p90Ms)}</td>
    </tr>
  );
  return (
    <>
      <p>
        <Link href="/verwaltung">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p>{t("intro", { days: overview.days, date: format.dateTime(overview.since, { dateStyle: "long" }) })}</p>

      <section aria-labelledby="overview-tasks">
        <h2 id="overview-tasks">{t("tasksHeading")}</h2>
        <ScrollRegion label={t("tasksCaption")}>
          <table className="data-table">
            <caption>{t("tasksCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("task")}</th>
                <th scope="col">{t("count")}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t("openReports")}</th>
                <td>
                  <Link href="/verwaltung/meldungen">{format.number(overview.openReports)}</Link>
                </td>
              </tr>
              <tr>
                <th scope="row">{t("openFeedback")}</th>
                <td>
                  <Link href="/verwaltung/rueckmeldungen">{format.number(overview.openFeedback)}</Link>
                </td>
              </tr>
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="overview-decisions">
        <h2 id="overview-decisions">{t("decisionsHeading")}</h2>
        <ScrollRegion label={t("decisionsCaption", { days: overview.days })}>
          <table className="data-table">
            <caption>{t("decisionsCaption", { days: overview.days })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("waiting")}</th>
                <th scope="col">{t("decided")}</th>
                <th scope="col">{t("median")}</th>
                <th scope="col">{t("p90")}</th>
              </tr>
            </thead>
            <tbody>
              {decisionRow("offers", overview.decisions.offers, overview.waiting.offers)}
              {decisionRow("organisations", overview.decisions.organisations, overview.waiting.organisations)}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="overview-freshness">
        <h2 id="overview-freshness">{t("freshnessHeading")}</h2>
        <p className="hint">{t("freshnessHint", { days: overview.staleAfterDays, period: overview.days })}</p>
        {overview.organisations.length === 0 ? (
          <p>{t("noFreshness")}</p>
        ) : (
          <ScrollRegion label={t("freshnessCaption")}>
            <table className="data-table">
              <caption>{t("freshnessCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{tAudit("organisation")}</th>
                  <th scope="col">{t("staleOffers")}</th>
                  <th scope="col">{t("remindersSent")}</th>
                  <th scope="col">{t("remindersAnswered")}</th>
                </tr>
              </thead>
              <tbody>
                {overview.organisations.map((row) => (
                  <tr key={row.slug}>
                    <th scope="row">
                      <Link href={`/dashboard/organisationen/${row.slug}`}>{row.name}</Link>
                    </th>
                    <td>
                      <Link href={`/dashboard/organisationen/${row.slug}`}>{format.number(row.staleOffers)}</Link>
                    </td>
                    <td>
                      <Link
                        href={{
                          pathname: "/verwaltung/protokoll",
                          query: { organisation: row.slug, action: "offer.reminder-sent", from: sinceDay },
                        }}
                      >
                        {format.number(row.remindersSent)}
                      </Link>
                    </td>
                    <td>{format.number(row.remindersAnswered)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t("total")}</th>
                  <td>{format.number(overview.totals.staleOffers)}</td>
                  <td>
                    <Link
                      href={{
                        pathname: "/verwaltung/protokoll",
                        query: { action: "offer.reminder-sent", from: sinceDay },
                      }}
                    >
                      {format.number(overview.totals.remindersSent)}
                    </Link>
                  </td>
                  <td>{format.number(overview.totals.remindersAnswered)}</td>
                </tr>
              </tfoot>
            </table>
          </ScrollRegion>
        )}
      </section>
    </>
  );
}
