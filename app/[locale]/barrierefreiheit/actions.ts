"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { submitAccessibilityFeedback } from "@/lib/feedback/accessibility-feedback";
import { clientKeyFrom } from "@/lib/rate-limit/client-key";
import { runAction, type ActionResult } from "@/lib/result";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

export async function submitAccessibilityFeedbackAction(
  _previous: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  return runAction(async () => {
    await submitAccessibilityFeedback(formDataToObject(formData), await getLocale(), clientKeyFrom(await headers()));
    return null;
  }, formData);
}
