"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { clientKeyFrom } from "@/lib/rate-limit/client-key";
import { runAction, type ActionResult } from "@/lib/result";
import { submitSurveyAnswer } from "@/lib/surveys/submit-answer";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

/**
 * An answer to the needs survey, from anyone. The slug is bound in the page and parsed in lib; a one-time
 * link's token comes in a hidden field. On success, to the thank-you page, whose address has no token.
 */
export async function submitSurveyAnswerAction(
  slug: string,
  _previous: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  const locale = await getLocale();
  const result = await runAction(async () => {
    await submitSurveyAnswer(slug, formDataToObject(formData), locale, clientKeyFrom(await headers()));
    return null;
  }, formData);
  // submitSurveyAnswer found the survey by this slug, so it is a plain [a-z0-9-] path segment.
  if (result.ok) redirect({ href: `/umfrage/${slug}/danke`, locale });
  return result;
}
