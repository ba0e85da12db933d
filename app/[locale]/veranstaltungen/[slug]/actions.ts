"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { cancelRegistration, registerForEvent } from "@/lib/events/registration";
import { redirect } from "@/lib/i18n/navigation";
import { runAction, type ActionResult } from "@/lib/result";
import { parseSlug } from "@/lib/validation/page-params";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

// Bound arguments (event id, slug, registration id) travel through the browser; the domain functions parse ids.

export async function registerAction(
  eventId: string,
  eventSlug: string,
  _previous: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  const result = await runAction(async () => {
    await registerForEvent(await getActor(), eventId, formDataToObject(formData));
    return null;
  });
  const slug = parseSlug(eventSlug);
  if (result.ok && slug) {
    revalidatePath("/[locale]/veranstaltungen", "layout");
    redirect({ href: `/veranstaltungen/${slug}?angemeldet=1`, locale: await getLocale() });
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
