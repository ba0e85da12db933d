import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { canSeeResidentWords } from "@/lib/gaps/gap-access";
import { DomainError } from "@/lib/result";
import { parseSurveyTopics } from "@/lib/surveys/survey-options";

// What people wrote in the survey, per topic. Words of residents: only admins and working-group moderators read
// them (lib/gaps/gap-access.ts), and only the words, with the form's language for display: no day, no
// municipality, no language named, which together could point to a person. The order is by the answers'
// random ids, so it says nothing about when anyone answered.

export type SurveyFreeText = { text: string; locale: string };
export type TopicFreeTexts = { topic: string; texts: SurveyFreeText[] };

/** The free texts of a survey per topic; refuses ("forbidden") anyone who may not read residents' words. */
export async function listSurveyFreeTexts(actor: Actor | null, surveyId: string): Promise<TopicFreeTexts[]> {
  if (!actor) throw new DomainError("unauthenticated", "signInRequired");
  if (!(await canSeeResidentWords(actor))) throw new DomainError("forbidden", "forbidden");
  const survey = await prisma.survey.findUnique({ where: { id: surveyId }, select: { topicsJson: true } });
  if (!survey) throw new DomainError("not_found", "notFound");
  const rows = await prisma.surveyAnswer.findMany({
    where: { response: { surveyId }, text: { not: null } },
    select: { topic: true, text: true, response: { select: { locale: true } } },
    orderBy: { responseId: "asc" },
  });
  return parseSurveyTopics(survey.topicsJson).map((topic) => ({
    topic,
    texts: rows
      .filter((row) => row.topic === topic && row.text !== null)
      .map((row) => ({ text: row.text!, locale: row.response.locale })),
  }));
}
