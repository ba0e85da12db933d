import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { listSurveysForAdmin } from "@/lib/surveys/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "SurveyAdmin" });
  return { title: t("listTitle"), robots: { index: false } };
}

export default async function AdminSurveysPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/verwaltung/umfragen");
  if (!can(actor, "event:manage")) notFound();
  const surveys = await listSurveysForAdmin(actor);
  const t = await getTranslations("SurveyAdmin");
  return (
    <>
      <p>
        <Link href="/verwaltung">{t("backToAdmin")}</Link>
      </p>
      <h1>{t("listTitle")}</h1>
      <p>
        <Link href="/verwaltung/umfragen/neu" className="button">
          {t("newSurvey")}
        </Link>
      </p>
      {surveys.length === 0 ? (
        <p>{t("noSurveys")}</p>
      ) : (
        <ScrollRegion label={t("listCaption")}>
          <table className="data-table">
            <caption className="visually-hidden">{t("listCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.title")}</th>
                <th scope="col">{t("columns.state")}</th>
                <th scope="col">{t("columns.access")}</th>
                <th scope="col">{t("columns.responses")}</th>
              </tr>
            </thead>
            <tbody>
              {surveys.map((survey) => (
                <tr key={survey.id}>
                  <th scope="row">
                    <Link href={`/verwaltung/umfragen/${survey.id}`}>{survey.title}</Link>
                  </th>
                  <td>{t(`status.${survey.status}`)}</td>
                  <td>{t(`access.${survey.access}`)}</td>
                  <td>{survey.responses}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
