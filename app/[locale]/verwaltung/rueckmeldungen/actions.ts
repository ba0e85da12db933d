"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { markAccessibilityFeedbackHandled } from "@/lib/feedback/accessibility-feedback";
import { runAction, type ActionResult } from "@/lib/result";

export async function markFeedbackHandledAction(feedbackId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    await markAccessibilityFeedbackHandled(await getActor(), feedbackId);
    revalidatePath("/[locale]/verwaltung/rueckmeldungen", "page");
    return null;
  });
}
