import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { SurveyResults } from "@/components/gaps/survey-results";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { localizedName } from "@/lib/i18n/localized-name";
import { getRegion } from "@/lib/region/region";
import { surveyResults } from "@/lib/surveys/atlas-results";
import { findSurveyForAdmin } from "@/lib/surveys/queries";
import { surveyPublicUrl } from "@/lib/surveys/survey-links";
import { closeSurveyAction, createSurveyInvitationsAction, openSurveyAction, updateSurveyAction } from "../actions";
import { InvitationForm } from "../_components/invitation-form";
import { SurveyForm } from "../_components/survey-form";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "SurveyAdmin" });
  return { title: t("listTitle"), robots: { index: false } };
}

export default async function AdminSurveyPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, `/verwaltung/umfragen/${encodeURIComponent(id)}`);
  if (!can(actor, "event:manage")) notFound();
  const survey = await findSurveyForAdmin(actor, id);
  if (!survey) notFound();
  const results = await surveyResults(actor, survey.id);
  const t = await getTranslations("SurveyAdmin");
  const topics = getRegion().topics.map((topic) => ({ value: topic.slug, label: localizedName(topic.names, locale) }));
  return (
    <>
      <p>
        <Link href="/verwaltung/umfragen">{t("backToList")}</Link>
      </p>
      <h1>{survey.title}</h1>
      <p className="meta">
        {t(`status.${survey.status}`)} · {t(`access.${survey.access}`)} · {t("columns.responses")}: {survey.responses}
      </p>
      <p>
        {t("publicLink")}: <code>{surveyPublicUrl(survey.slug)}</code>
      </p>

      {survey.status === "draft" ? (
        <section aria-labelledby="survey-edit" className="narrow">
          <h2 id="survey-edit">{t("editHeading")}</h2>
          <p className="hint">{t("draftHint")}</p>
          <SurveyForm action={updateSurveyAction.bind(null, survey.id)} survey={survey} topics={topics} />
        </section>
      ) : null}
      <div className="button-row">
        {survey.status === "draft" ? (
          <ActionButton
            action={openSurveyAction.bind(null, survey.id)}
            label={t("open")}
            variant="primary"
            done={t("opened")}
          />
        ) : null}
        {survey.status === "open" ? (
          <ActionButton
            action={closeSurveyAction.bind(null, survey.id)}
            label={t("close")}
            confirm={t("closeConfirm")}
            done={t("closedDone")}
          />
        ) : null}
      </div>

      {survey.access === "invited" && survey.status !== "closed" ? (
        <section aria-labelledby="survey-invitations">
          <h2 id="survey-invitations">{t("invitationsHeading")}</h2>
          <p className="hint">{t("invitationsHint")}</p>
          <p>{t("invitationsSummary", { used: survey.usedInvitations, total: survey.invitations })}</p>
          <InvitationForm action={createSurveyInvitationsAction.bind(null, survey.id)} />
        </section>
      ) : null}

      <section aria-labelledby="survey-results-admin">
        <h2 id="survey-results-admin">{t("resultsHeading")}</h2>
        <p>
          <a href={`/${locale}/verwaltung/umfragen/${survey.id}/antworten.csv`} download>
            {t("downloadCsv")}
          </a>
        </p>
        {results ? <SurveyResults results={results} topic={null} /> : null}
      </section>
    </>
  );
}
