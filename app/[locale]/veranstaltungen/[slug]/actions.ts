"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { cancelRegistration, registerForEvent } from "@/lib/events/registration";
import { withNotice } from "@/lib/forms/action-notice";
import { redirect } from "@/lib/i18n/navigation";
import { runAction, type ActionResult } from "@/lib/result";
import { parseSlug } from "@/lib/validation/page-params";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

type RegistrationStatus = "confirmed" | "waitlisted";

// Bound arguments (event id, slug, registration id) travel through the browser; the domain functions parse ids.

export async function registerAction(
  eventId: string,
  eventSlug: string,
  _previous: ActionResult<RegistrationStatus> | null,
  formData: FormData,
): Promise<ActionResult<RegistrationStatus>> {
  const result = await runAction(async () => {
    const outcome = await registerForEvent(await getActor(), eventId, formDataToObject(formData));
    return outcome.status;
  }, formData);
  const slug = parseSlug(eventSlug);
  if (result.ok && slug) {
    revalidatePath("/[locale]/veranstaltungen", "layout");
    const notice = result.data === "confirmed" ? "registered" : "waitlisted";
    redirect({ href: withNotice(`/veranstaltungen/${slug}`, notice), locale: await getLocale() });
  }
  return result;
}

export async function cancelRegistrationAction(registrationId: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    await cancelRegistration(await getActor(), registrationId);
    revalidatePath("/[locale]/veranstaltungen", "layout");
    return null;
  });
}
