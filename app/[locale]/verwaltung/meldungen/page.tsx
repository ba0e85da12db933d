import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { listOpenReports } from "@/lib/network/reports";
import { markReportHandledAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Reports" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ReportsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/verwaltung/meldungen");
  if (!can(actor, "review:decide")) notFound();
  const reports = await listOpenReports(actor);
  const t = await getTranslations("Reports");
  const format = await getFormatter();
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        <Link href="/verwaltung">{t("back")}</Link>
      </p>
      {reports.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="card-list">
        {reports.map((report) => (
          <li key={report.id} className="card">
            <h2>
              {report.reportedProfile ? (
                <Link href={`/netzwerk/personen/${report.reportedProfile.id}`}>
                  {report.reportedProfile.displayName}
                </Link>
              ) : (
                report.reportedEmail
              )}
            </h2>
            <p className="meta">
              {t("reportedOn", {
                date: format.dateTime(report.createdAt, { dateStyle: "medium", timeStyle: "short" }),
              })}
              {report.reporterEmail ? ` · ${t("by", { email: report.reporterEmail })}` : null}
            </p>
            <blockquote>{report.reason}</blockquote>
            <p>{t("contactHint", { email: report.reportedEmail })}</p>
            <ActionButton
              action={markReportHandledAction.bind(null, report.id)}
              label={t("handled")}
              done={t("done")}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
