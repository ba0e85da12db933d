import { z } from "zod";
import { checkedList, optionalText, requiredText } from "@/lib/validation/fields";

// The needs survey's forms. Client-safe: the browser checks with the same schemas. The lists a survey may
// choose from (the region's topics, municipalities, languages) come in as arguments, so the schema stays free of
// file and database access.

export const surveyAccesses = ["open", "invited"] as const;
export type SurveyAccess = (typeof surveyAccesses)[number];
export const surveyStatuses = ["draft", "open", "closed"] as const;
export type SurveyStatus = (typeof surveyStatuses)[number];

export const SURVEY_TEXT_MAX = 2_000;
export const INVITATIONS_PER_REQUEST_MAX = 200;
export const ratingValues = [1, 2, 3, 4, 5] as const;

/** What an admin enters for a survey; `topicSlugs` are the region's core topics. */
export function surveyInputSchema(topicSlugs: readonly string[]) {
  return z.object({
    title: requiredText(3, 160),
    introduction: optionalText(2_000),
    topics: checkedList(z.enum(topicSlugs as [string, ...string[]])).refine((topics) => topics.length > 0, {
      error: "chooseTopic",
    }),
    access: z.enum(surveyAccesses),
  });
}
export type SurveyInput = z.output<ReturnType<typeof surveyInputSchema>>;

export const InvitationCountInputSchema = z.object({
  count: z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
    z.number().int().min(1).max(INVITATIONS_PER_REQUEST_MAX),
  ),
});

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalRating = z.preprocess((value) => {
  const text = emptyToUndefined(value);
  return typeof text === "string" ? Number(text) : text;
}, z.number().int().min(1).max(5).optional());

/** An optional choice among `values`; the empty option ("no answer") is undefined. */
const optionalChoice = (values: readonly string[]) =>
  z.preprocess(emptyToUndefined, z.enum(values as [string, ...string[]]).optional());

export type SurveyAnswerOptions = {
  topicSlugs: readonly string[];
  municipalitySlugs: readonly string[];
  languageCodes: readonly string[];
};

/**
 * One person's answer: per topic of the survey an optional rating (1 badly served … 5 well served) and an
 * optional text; the municipality and language are optional too. At least one topic must have an answer.
 * Field names are "answers.<topic>.rating" and "answers.<topic>.text".
 */
export function surveyAnswerInputSchema({ topicSlugs, municipalitySlugs, languageCodes }: SurveyAnswerOptions) {
  const answer = z.object({ rating: optionalRating, text: optionalText(SURVEY_TEXT_MAX) });
  const answers = z.object(Object.fromEntries(topicSlugs.map((slug) => [slug, answer.optional()])));
  return z
    .object({
      answers: z.preprocess((value) => value ?? {}, answers),
      municipality: optionalChoice(municipalitySlugs),
      language: optionalChoice(languageCodes),
      token: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
    })
    .refine(
      (input) =>
        Object.values(input.answers).some(
          (given) => given !== undefined && (given.rating !== undefined || given.text !== undefined),
        ),
      { error: "surveyEmpty" },
    );
}
export type SurveyAnswerInput = z.output<ReturnType<typeof surveyAnswerInputSchema>>;
