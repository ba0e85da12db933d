import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { spreadsheetCsv } from "@/lib/http/csv";
import { languageName } from "@/lib/i18n/language-names";
import { localizedName } from "@/lib/i18n/localized-name";
import { translatorFor } from "@/lib/i18n/translator";
import { getRegion } from "@/lib/region/region";
import { DomainError } from "@/lib/result";
import { parseSurveyTopics } from "@/lib/surveys/survey-options";

// Every answer of a survey as a spreadsheet (lib/http/csv.ts), for the admins. What an answer holds and nothing
// more: a running number instead of its id, the day, the municipality, the language, the form's language, and
// per topic the rating and the text. Nobody's account, address or invitation is in the database to export.

/** The answers of a survey as CSV, headed in `locale`; admins only. */
export async function surveyAnswersCsv(actor: Actor | null, surveyId: string, locale: string): Promise<string> {
  assertCan(actor, "event:manage");
  const survey = await prisma.survey.findUnique({ where: { id: surveyId }, select: { topicsJson: true } });
  if (!survey) throw new DomainError("not_found", "notFound");
  const t = translatorFor(locale, "SurveyAdmin");
  const region = getRegion();
  const topics = parseSurveyTopics(survey.topicsJson).map((slug) => ({
    slug,
    name: localizedName(region.topics.find((topic) => topic.slug === slug)!.names, locale),
  }));
  const municipalityName = new Map(region.municipalities.map((municipality) => [municipality.slug, municipality.name]));
  const responses = await prisma.surveyResponse.findMany({
    where: { surveyId },
    // By day, then by the random id: the order within a day says nothing about the time of an answer.
    orderBy: [{ submittedOn: "asc" }, { id: "asc" }],
    select: {
      submittedOn: true,
      municipality: true,
      language: true,
      locale: true,
      answers: { select: { topic: true, rating: true, text: true } },
    },
  });
  const header = [
    t("csv.number"),
    t("csv.submittedOn"),
    t("csv.municipality"),
    t("csv.language"),
    t("csv.locale"),
    ...topics.flatMap((topic) => [t("csv.rating", { topic: topic.name }), t("csv.text", { topic: topic.name })]),
  ];
  const records = responses.map((response, index) => [
    index + 1,
    response.submittedOn,
    response.municipality ? (municipalityName.get(response.municipality) ?? response.municipality) : "",
    response.language ? languageName(response.language, locale).name : "",
    languageName(response.locale, locale).name,
    ...topics.flatMap((topic) => {
      const answer = response.answers.find((given) => given.topic === topic.slug);
      return [answer?.rating ?? "", answer?.text ?? ""];
    }),
  ]);
  return spreadsheetCsv(header, records);
}
