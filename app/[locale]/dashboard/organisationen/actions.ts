"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirectWhenFreshSignInRequired } from "@/lib/auth/page-actor";
import { getActor } from "@/lib/auth/session";
import { withNotice } from "@/lib/forms/action-notice";
import { redirect } from "@/lib/i18n/navigation";
import { inviteMember, leaveOrganisation, removeMember, transferOwnership } from "@/lib/organisations/members";
import { registerOrganisation, requestClaim, updateOrganisation } from "@/lib/organisations/mutations";
import { z } from "zod";
import { parseInput, runAction, type ActionResult } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

type Result = ActionResult<null>;

// Bound arguments travel through the browser like any other input, so they are parsed too.
const id = (value: unknown) => parseInput(recordIdSchema, value);

export async function registerOrganisationAction(_previous: ActionResult<{ slug: string }> | null, formData: FormData) {
  const result = await runAction(
    async () => registerOrganisation(await getActor(), formDataToObject(formData)),
    formData,
  );
  if (result.ok)
    redirect({
      href: withNotice(`/dashboard/organisationen/${result.data.slug}`, "organisationRegistered"),
      locale: await getLocale(),
    });
  return result;
}

export async function updateOrganisationAction(
  organisationId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    await updateOrganisation(await getActor(), id(organisationId), formDataToObject(formData));
    revalidatePath("/[locale]/dashboard", "layout");
    return null;
  }, formData);
}

export async function requestClaimAction(
  organisationId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    await requestClaim(await getActor(), id(organisationId), formDataToObject(formData));
    return null;
  }, formData);
}

export async function inviteMemberAction(
  organisationId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  const result = await runAction(async () => {
    await inviteMember(await getActor(), id(organisationId), formDataToObject(formData));
    revalidatePath("/[locale]/dashboard", "layout");
    return null;
  }, formData);
  await redirectWhenFreshSignInRequired(result);
  return result;
}

export async function changeMemberAction(
  organisationId: string,
  change: "remove" | "transfer",
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  const result = await runAction(async () => {
    const actor = await getActor();
    const raw = formDataToObject(formData);
    const organisation = id(organisationId);
    if (parseInput(z.enum(["remove", "transfer"]), change) === "remove") await removeMember(actor, organisation, raw);
    else await transferOwnership(actor, organisation, raw);
    revalidatePath("/[locale]/dashboard", "layout");
    return null;
  }, formData);
  await redirectWhenFreshSignInRequired(result);
  return result;
}

export async function leaveOrganisationAction(organisationId: string, _previous: Result | null): Promise<Result> {
  const result = await runAction(async () => {
    await leaveOrganisation(await getActor(), id(organisationId));
    return null;
  });
  if (result.ok) redirect({ href: "/dashboard", locale: await getLocale() });
  return result;
}
