import "server-only";
import { randomUUID } from "node:crypto";
import { berlinDay } from "@/lib/events/event-time";
import { isLocale } from "@/lib/i18n/locales";
import { RateLimiter } from "@/lib/rate-limit/rate-limiter";
import { DomainError, parseInput } from "@/lib/result";
import { prisma } from "@/lib/db";
import { hashInvitationToken } from "@/lib/surveys/survey-links";
import { surveyAnswerInputSchema } from "@/lib/surveys/schemas";
import { parseSurveyTopics, surveyAnswerOptions } from "@/lib/surveys/survey-options";
import { slugSchema } from "@/lib/validation/fields";

// One anonymous answer to the needs survey, from anyone, without an account. What is stored: the Berlin day
// (no time), the optional municipality and language, the form's language, and per topic a rating and a text.
// Not stored: an address, a session, a user, the time of day, or which invitation gave the answer. The answer's
// id is a random UUID (a cuid would carry the time it was made).
//
// One answer per person is made likely without tracking: a survey by invitation takes each one-time link once
// (the check and the mark are one UPDATE, so two tabs cannot both use it); an open survey takes a few answers
// per client address and day, kept only in memory (lib/rate-limit), which stops a flood but not a shared office.

export const OPEN_ANSWERS_PER_CLIENT_AND_DAY = 3;
const perClient = new RateLimiter(OPEN_ANSWERS_PER_CLIENT_AND_DAY, 86_400_000);

/**
 * Stores an answer to an open survey. Refuses a survey that is not open ("surveyNotOpen"), a missing or unknown
 * link ("surveyLinkInvalid"), a used one ("surveyLinkUsed") and, for open surveys, too many answers from one
 * client ("tooManySurveyAnswers").
 */
export async function submitSurveyAnswer(
  slugRaw: unknown,
  raw: unknown,
  localeRaw: string,
  clientKey: string,
): Promise<void> {
  const slug = slugSchema.safeParse(slugRaw);
  if (!slug.success) throw new DomainError("not_found", "notFound");
  const survey = await prisma.survey.findUnique({
    where: { slug: slug.data },
    select: { id: true, status: true, access: true, topicsJson: true },
  });
  if (!survey) throw new DomainError("not_found", "notFound");
  if (survey.status !== "open") throw new DomainError("conflict", "surveyNotOpen");
  const options = surveyAnswerOptions(parseSurveyTopics(survey.topicsJson));
  const input = parseInput(surveyAnswerInputSchema(options), raw);
  if (survey.access === "invited" && !input.token) throw new DomainError("forbidden", "surveyLinkInvalid");
  if (survey.access === "open" && !perClient.allow(`${survey.id} ${clientKey}`))
    throw new DomainError("rate_limited", "tooManySurveyAnswers");

  const today = berlinDay(new Date());
  await prisma.$transaction(async (tx) => {
    if (survey.access === "invited") {
      const tokenHash = hashInvitationToken(input.token!);
      // The day only, like the answer: a time of use could be matched with the answer's place in the table.
      const used = await tx.surveyInvitation.updateMany({
        where: { surveyId: survey.id, tokenHash, usedAt: null },
        data: { usedAt: new Date(`${today}T00:00:00.000Z`) },
      });
      if (used.count === 0) {
        const known = await tx.surveyInvitation.findFirst({
          where: { surveyId: survey.id, tokenHash },
          select: { id: true },
        });
        throw new DomainError(known ? "conflict" : "forbidden", known ? "surveyLinkUsed" : "surveyLinkInvalid");
      }
    }
    await tx.surveyResponse.create({
      data: {
        id: randomUUID(),
        surveyId: survey.id,
        submittedOn: today,
        municipality: input.municipality ?? null,
        language: input.language ?? null,
        locale: isLocale(localeRaw) ? localeRaw : "de",
        answers: {
          create: options.topicSlugs.flatMap((topic) => {
            const given = input.answers[topic];
            if (!given || (given.rating === undefined && given.text === undefined)) return [];
            return [{ topic, rating: given.rating ?? null, text: given.text ?? null }];
          }),
        },
      },
      select: { id: true },
    });
  });
}

/** Whether a one-time link of this survey can still be used, for the page the link opens. */
export async function checkSurveyInvitation(surveyId: string, token: string): Promise<"usable" | "used" | "unknown"> {
  const invitation = await prisma.surveyInvitation.findFirst({
    where: { surveyId, tokenHash: hashInvitationToken(token) },
    select: { usedAt: true },
  });
  if (!invitation) return "unknown";
  return invitation.usedAt ? "used" : "usable";
}
