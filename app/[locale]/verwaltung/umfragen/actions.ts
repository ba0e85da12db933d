"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { runAction, type ActionResult } from "@/lib/result";
import { closeSurvey, createSurvey, createSurveyInvitations, openSurvey, updateSurvey } from "@/lib/surveys/mutations";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

// The admins' survey actions. Bound ids travel through the browser; the lib functions parse them, authorise
// ("event:manage") and validate the forms.

type Result = ActionResult<null>;

const refresh = () => revalidatePath("/[locale]/verwaltung/umfragen", "layout");

export async function createSurveyAction(
  _previous: ActionResult<{ id: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async () => {
    const { id } = await createSurvey(await getActor(), formDataToObject(formData));
    refresh();
    return { id };
  }, formData);
  if (result.ok) redirect({ href: `/verwaltung/umfragen/${result.data.id}`, locale: await getLocale() });
  return result;
}

export async function updateSurveyAction(
  surveyId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    await updateSurvey(await getActor(), surveyId, formDataToObject(formData));
    refresh();
    return null;
  }, formData);
}

export async function openSurveyAction(surveyId: string, _previous: Result | null): Promise<Result> {
  return runAction(async () => {
    await openSurvey(await getActor(), surveyId);
    refresh();
    return null;
  });
}

export async function closeSurveyAction(surveyId: string, _previous: Result | null): Promise<Result> {
  return runAction(async () => {
    await closeSurvey(await getActor(), surveyId);
    refresh();
    return null;
  });
}

/** The new links come back in the result only: shown once on the page that answers this POST, never stored. */
export async function createSurveyInvitationsAction(
  surveyId: string,
  _previous: ActionResult<{ links: string[] }> | null,
  formData: FormData,
): Promise<ActionResult<{ links: string[] }>> {
  return runAction(async () => {
    const created = await createSurveyInvitations(await getActor(), surveyId, formDataToObject(formData));
    refresh();
    return created;
  }, formData);
}
