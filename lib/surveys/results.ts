import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { getRegion } from "@/lib/region/region";
import { DomainError } from "@/lib/result";
import { parseSurveyTopics } from "@/lib/surveys/survey-options";

// The survey's figures: per topic and per topic × municipality the number of answers, the average rating and
// how often each rating was given. A group of fewer than MIN_ANSWERS_SHOWN answers is returned as hidden, not
// as numbers, and so is the county figure of a topic: with so few, an answer could be traced to a person.
// A municipality's figures could also be worked out by subtracting the shown ones from the county's, so when
// the answers hidden in a topic (small municipalities and those who named none) add up to fewer than that,
// the smallest shown municipalities are hidden as well until they do.

export const MIN_ANSWERS_SHOWN = 5;

/** How often each rating 1…5 was given, in that order. */
export type RatingDistribution = [number, number, number, number, number];

export type RatingFigures =
  | { isHidden: true }
  | { isHidden: false; answers: number; ratings: number; average: number | null; distribution: RatingDistribution };

export type TopicFigures = {
  topic: string;
  figures: RatingFigures;
  municipalities: { municipality: string; figures: RatingFigures }[];
};

export type SurveyFigures = {
  /** Everyone who answered, or null while fewer than MIN_ANSWERS_SHOWN did. */
  responses: number | null;
  topics: TopicFigures[];
};

type Answer = { topic: string; rating: number | null; municipality: string | null };

function summarise(answers: readonly Answer[]): RatingFigures & { isHidden: false } {
  const distribution: RatingDistribution = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const { rating } of answers)
    if (rating !== null && rating >= 1 && rating <= 5) {
      distribution[rating - 1]! += 1;
      sum += rating;
    }
  const ratings = distribution.reduce((total, count) => total + count, 0);
  return {
    isHidden: false,
    answers: answers.length,
    ratings,
    average: ratings > 0 ? sum / ratings : null,
    distribution,
  };
}

const shownOrHidden = (figures: RatingFigures & { isHidden: false }): RatingFigures =>
  figures.answers < MIN_ANSWERS_SHOWN ? { isHidden: true } : figures;

/** Figures of one topic, with the municipality cells suppressed as described above. Pure. */
export function topicFigures(topic: string, answers: readonly Answer[], municipalitySlugs: readonly string[]) {
  const county = summarise(answers);
  const cells = municipalitySlugs.map((municipality) => ({
    municipality,
    figures: summarise(answers.filter((answer) => answer.municipality === municipality)),
  }));
  const hidden = new Set(cells.filter((cell) => cell.figures.answers < MIN_ANSWERS_SHOWN).map((c) => c.municipality));
  const shownSum = () =>
    cells.filter((cell) => !hidden.has(cell.municipality)).reduce((sum, cell) => sum + cell.figures.answers, 0);
  const bySize = cells
    .filter((cell) => !hidden.has(cell.municipality))
    .sort((a, b) => a.figures.answers - b.figures.answers);
  for (const cell of bySize) {
    const hiddenMass = county.answers - shownSum();
    if (hiddenMass === 0 || hiddenMass >= MIN_ANSWERS_SHOWN) break;
    hidden.add(cell.municipality);
  }
  return {
    topic,
    figures: shownOrHidden(county),
    municipalities: cells.map(({ municipality, figures }) => ({
      municipality,
      figures: hidden.has(municipality) || county.answers < MIN_ANSWERS_SHOWN ? { isHidden: true as const } : figures,
    })),
  } satisfies TopicFigures;
}

/**
 * The figures of a survey. Anyone may read those of an open or closed survey (the atlas shows them); a draft's
 * only the admins.
 */
export async function surveyFigures(actor: Actor | null, surveyId: string): Promise<SurveyFigures> {
  const survey = await prisma.survey.findUnique({
    where: { id: surveyId },
    select: { status: true, topicsJson: true, _count: { select: { responses: true } } },
  });
  if (!survey) throw new DomainError("not_found", "notFound");
  if (survey.status === "draft") assertCan(actor, "event:manage");
  const rows = await prisma.surveyAnswer.findMany({
    where: { response: { surveyId } },
    select: { topic: true, rating: true, response: { select: { municipality: true } } },
  });
  const answers = rows.map((row) => ({
    topic: row.topic,
    rating: row.rating,
    municipality: row.response.municipality,
  }));
  const municipalitySlugs = getRegion().municipalities.map((municipality) => municipality.slug);
  return {
    responses: survey._count.responses >= MIN_ANSWERS_SHOWN ? survey._count.responses : null,
    topics: parseSurveyTopics(survey.topicsJson).map((topic) =>
      topicFigures(
        topic,
        answers.filter((answer) => answer.topic === topic),
        municipalitySlugs,
      ),
    ),
  };
}
