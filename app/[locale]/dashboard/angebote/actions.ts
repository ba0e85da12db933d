"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { withNotice } from "@/lib/forms/action-notice";
import { redirect } from "@/lib/i18n/navigation";
import {
  archiveOffer,
  createOffer,
  duplicateOffer,
  restoreOffer,
  submitOffer,
  updateOffer,
} from "@/lib/offers/mutations";
import { confirmOffers, setAvailability } from "@/lib/offers/status-updates";
import { deleteTranslation, saveTranslation } from "@/lib/offers/translations";
import { z } from "zod";
import { parseInput, runAction, type ActionResult } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

// Thin: who is calling → what they sent → the mutation (which authorises) → refresh. Ids are bound by the page,
// but bound arguments travel through the browser like any other input, so they are parsed too.

const id = (value: unknown) => parseInput(recordIdSchema, value);

type Result = ActionResult<{ id: string } | null>;

export async function createOfferAction(
  organisationId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  const result = await runAction(
    async () => createOffer(await getActor(), id(organisationId), formDataToObject(formData)),
    formData,
  );
  if (result.ok)
    redirect({ href: withNotice(`/dashboard/angebote/${result.data.id}`, "offerCreated"), locale: await getLocale() });
  return result;
}

export async function updateOfferAction(
  offerId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    await updateOffer(await getActor(), id(offerId), formDataToObject(formData));
    revalidatePath("/[locale]/dashboard", "layout");
    return null;
  }, formData);
}

export async function duplicateOfferAction(offerId: string): Promise<Result> {
  const result = await runAction(async () => duplicateOffer(await getActor(), id(offerId)));
  if (result.ok) redirect({ href: `/dashboard/angebote/${result.data.id}`, locale: await getLocale() });
  return result;
}

/** Status changes from buttons: submit, archive, restore. */
export async function changeOfferStatusAction(
  offerId: string,
  change: "submit" | "archive" | "restore",
  _previous: Result | null,
): Promise<Result> {
  return runAction(async () => {
    const actor = await getActor();
    const offer = id(offerId);
    const kind = parseInput(z.enum(["submit", "archive", "restore"]), change);
    if (kind === "submit") await submitOffer(actor, offer);
    else if (kind === "archive") await archiveOffer(actor, offer);
    else await restoreOffer(actor, offer);
    revalidatePath("/[locale]/dashboard", "layout");
    return null;
  });
}

export async function setAvailabilityAction(
  offerId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    await setAvailability(await getActor(), id(offerId), formDataToObject(formData));
    revalidatePath("/[locale]/dashboard", "layout");
    return null;
  }, formData);
}

export async function confirmOffersAction(
  organisationId: string,
  _previous: ActionResult<{ count: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ count: number }>> {
  return runAction(async () => {
    const result = await confirmOffers(await getActor(), id(organisationId), formDataToObject(formData));
    revalidatePath("/[locale]/dashboard", "layout");
    return result;
  }, formData);
}

export async function saveTranslationAction(
  offerId: string,
  locale: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    await saveTranslation(await getActor(), id(offerId), parseInput(z.string(), locale), formDataToObject(formData));
    revalidatePath("/[locale]/dashboard", "layout");
    return null;
  }, formData);
}

export async function deleteTranslationAction(offerId: string, locale: string): Promise<Result> {
  const result = await runAction(async () => {
    await deleteTranslation(await getActor(), id(offerId), parseInput(z.string(), locale));
    return null;
  });
  if (result.ok) redirect({ href: `/dashboard/angebote/${offerId}`, locale: await getLocale() });
  return result;
}
