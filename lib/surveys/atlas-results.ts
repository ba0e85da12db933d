import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { canSeeResidentWords } from "@/lib/gaps/gap-access";
import { getRegion, type LocalizedNames } from "@/lib/region/region";
import { listSurveyFreeTexts, type SurveyFreeText } from "@/lib/surveys/free-texts";
import { surveyFigures, type RatingFigures } from "@/lib/surveys/results";
import type { SurveyStatus } from "@/lib/surveys/schemas";

// The survey's results as the atlas and the admins' survey page show them (components/gaps/survey-results.tsx):
// figures for everyone, hidden below five answers (lib/surveys/results.ts), and the free texts only for those
// who may read residents' words.

export type AtlasSurveyTopic = {
  slug: string;
  names: LocalizedNames;
  figures: RatingFigures;
  municipalities: { slug: string; name: string; figures: RatingFigures }[];
  /** What people wrote on this topic; null for readers who may not see it. */
  freeTexts: SurveyFreeText[] | null;
};

export type AtlasSurveyResults = {
  survey: { slug: string; title: string; status: SurveyStatus; closedAt: Date | null };
  /** Everyone who answered, or null while fewer than five did. */
  responses: number | null;
  topics: AtlasSurveyTopic[];
};

/** The results of one survey for this reader (a draft's only for admins: surveyFigures refuses others). */
export async function surveyResults(actor: Actor | null, surveyId: string): Promise<AtlasSurveyResults | null> {
  const survey = await prisma.survey.findUnique({
    where: { id: surveyId },
    select: { slug: true, title: true, status: true, closedAt: true },
  });
  if (!survey) return null;
  const figures = await surveyFigures(actor, surveyId);
  const freeTexts = (await canSeeResidentWords(actor)) ? await listSurveyFreeTexts(actor, surveyId) : null;
  const region = getRegion();
  return {
    survey: { ...survey, status: survey.status as SurveyStatus },
    responses: figures.responses,
    topics: figures.topics.map((topic) => ({
      slug: topic.topic,
      names: region.topics.find((candidate) => candidate.slug === topic.topic)?.names ?? { de: topic.topic },
      figures: topic.figures,
      municipalities: topic.municipalities.map((cell) => ({
        slug: cell.municipality,
        name: region.municipalities.find((municipality) => municipality.slug === cell.municipality)?.name ?? "",
        figures: cell.figures,
      })),
      freeTexts: freeTexts?.find((texts) => texts.topic === topic.topic)?.texts ?? null,
    })),
  };
}

/** The latest survey that was opened (open or closed), for the atlas; null when there is none. */
export async function surveyResultsForAtlas(actor: Actor | null): Promise<AtlasSurveyResults | null> {
  const latest = await prisma.survey.findFirst({
    where: { status: { in: ["open", "closed"] } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return latest ? surveyResults(actor, latest.id) : null;
}
