"use server";

import { getLocale } from "next-intl/server";
import { deleteAccount, requestEmailChange } from "@/lib/account/mutations";
import { signOut } from "@/lib/auth/auth";
import { getActor } from "@/lib/auth/session";
import { withNotice } from "@/lib/forms/action-notice";
import { redirect } from "@/lib/i18n/navigation";
import { runAction, type ActionResult } from "@/lib/result";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

export async function requestEmailChangeAction(
  _previous: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  return runAction(async () => {
    await requestEmailChange(await getActor(), formDataToObject(formData));
    return null;
  }, formData);
}

export async function deleteAccountAction(
  _previous: ActionResult<{ flaggedOrganisations: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ flaggedOrganisations: number }>> {
  const result = await runAction(async () => deleteAccount(await getActor(), formDataToObject(formData)), formData);
  if (result.ok) {
    await signOut({ redirect: false }).catch(() => {}); // the session row is already gone with the user
    redirect({ href: withNotice("/", "accountDeleted"), locale: await getLocale() });
  }
  return result;
}
