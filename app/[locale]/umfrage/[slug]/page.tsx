import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { languageName } from "@/lib/i18n/language-names";
import { localizedName } from "@/lib/i18n/localized-name";
import { getRegion } from "@/lib/region/region";
import { SURVEY_TOKEN_PARAM } from "@/lib/surveys/survey-links";
import { findSurveyForAnswer } from "@/lib/surveys/queries";
import { SURVEY_TEXT_MAX } from "@/lib/surveys/schemas";
import { checkSurveyInvitation } from "@/lib/surveys/submit-answer";
import { surveyAnswerOptions } from "@/lib/surveys/survey-options";
import type { SearchParams } from "@/lib/validation/page-params";
import { submitSurveyAnswerAction } from "./actions";
import { SurveyAnswerForm } from "./_components/survey-answer-form";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: "Survey" });
  const survey = await findSurveyForAnswer(slug);
  return { title: survey?.title || t("title"), robots: { index: false } };
}

/**
 * The needs survey for anyone, without an account and without JavaScript: a plain form posting to a server
 * action. A survey by invitation opens from a one-time link (?token=…); the form carries the token on in a
 * hidden field, and the thank-you page after the answer has none in its address.
 */
export default async function SurveyPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const survey = await findSurveyForAnswer(slug);
  if (!survey) notFound();
  const t = await getTranslations("Survey");
  const raw = (await searchParams)[SURVEY_TOKEN_PARAM];
  const token = typeof raw === "string" && raw.length <= 200 ? raw : "";

  const refusal =
    survey.status === "draft"
      ? t("draft")
      : survey.status === "closed"
        ? t("closed")
        : survey.access === "invited"
          ? await invitationRefusal(survey.id, token, t)
          : null;
  if (refusal)
    return (
      <div className="narrow">
        <h1>{survey.title || t("title")}</h1>
        <p role="status">{refusal}</p>
      </div>
    );

  const region = getRegion();
  const options = surveyAnswerOptions(survey.topics);
  return (
    <div className="narrow">
      <h1>{survey.title}</h1>
      {survey.introduction ? <p className="survey-introduction">{survey.introduction}</p> : null}
      <p className="hint">{t("anonymous")}</p>
      <SurveyAnswerForm
        action={submitSurveyAnswerAction.bind(null, survey.slug)}
        options={options}
        token={survey.access === "invited" ? token : null}
        textMax={SURVEY_TEXT_MAX}
        topics={options.topicSlugs.map((topicSlug) => ({
          value: topicSlug,
          label: localizedName(region.topics.find((topic) => topic.slug === topicSlug)!.names, locale),
        }))}
        municipalities={region.municipalities.map((municipality) => ({
          value: municipality.slug,
          label: municipality.name,
        }))}
        languages={options.languageCodes.map((code) => {
          const { name, endonym } = languageName(code, locale);
          return { value: code, label: endonym === name ? name : `${name} – ${endonym}` };
        })}
      />
    </div>
  );
}

async function invitationRefusal(
  surveyId: string,
  token: string,
  t: Awaited<ReturnType<typeof getTranslations<"Survey">>>,
): Promise<string | null> {
  if (!token) return t("linkRequired");
  const state = await checkSurveyInvitation(surveyId, token);
  return state === "usable" ? null : state === "used" ? t("linkUsed") : t("linkInvalid");
}
