import "server-only";
import { locales } from "@/lib/i18n/locales";
import { getRegion } from "@/lib/region/region";
import type { SurveyAnswerOptions } from "@/lib/surveys/schemas";

// What a survey may ask about and offer to choose, from the region's configuration (regions/<slug>/region.json).

export const coreTopicSlugs = (): string[] => getRegion().topics.map((topic) => topic.slug);

/** The languages a person may name as theirs: the region's languages of service and the UI languages. */
export const surveyLanguageCodes = (): string[] => [...new Set([...getRegion().serviceLanguages, ...locales])];

/** The choices of a survey's answer form: its topics (in the region's order), every municipality, the languages. */
export function surveyAnswerOptions(topicSlugs: readonly string[]): SurveyAnswerOptions {
  return {
    topicSlugs: coreTopicSlugs().filter((slug) => topicSlugs.includes(slug)),
    municipalitySlugs: getRegion().municipalities.map((municipality) => municipality.slug),
    languageCodes: surveyLanguageCodes(),
  };
}

/** The topic slugs stored with a survey; a slug the region no longer has is dropped. */
export function parseSurveyTopics(topicsJson: string): string[] {
  const parsed: unknown = JSON.parse(topicsJson);
  const stored = Array.isArray(parsed) ? parsed.filter((slug): slug is string => typeof slug === "string") : [];
  return coreTopicSlugs().filter((slug) => stored.includes(slug));
}
