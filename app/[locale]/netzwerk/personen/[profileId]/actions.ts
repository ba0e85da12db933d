"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { withNotice } from "@/lib/forms/action-notice";
import { redirect } from "@/lib/i18n/navigation";
import { blockPerson, reportPerson, sendContactRequest } from "@/lib/network/contact-requests";
import { parseInput, runAction, type ActionResult } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

type Result = ActionResult<null>;

// Bound arguments travel through the browser like any other input, so they are parsed too.
const id = (value: unknown) => parseInput(recordIdSchema, value);

export async function sendContactRequestAction(
  profileId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    await sendContactRequest(await getActor(), id(profileId), formDataToObject(formData));
    revalidatePath("/[locale]/netzwerk", "layout");
    return null;
  }, formData);
}

/** Blocks the person; their page is then gone for the blocker, so the directory's notice says what happened. */
export async function blockPersonAction(profileId: string, _previous: Result | null): Promise<Result> {
  const result = await runAction(async () => {
    await blockPerson(await getActor(), id(profileId));
    revalidatePath("/[locale]/netzwerk", "layout");
    return null;
  });
  if (result.ok) redirect({ href: withNotice("/netzwerk", "blocked"), locale: await getLocale() });
  return result;
}

export async function reportPersonAction(
  profileId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    await reportPerson(await getActor(), id(profileId), formDataToObject(formData));
    return null;
  }, formData);
}
