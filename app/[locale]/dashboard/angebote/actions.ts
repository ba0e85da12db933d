"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
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
import { runAction, type ActionResult } from "@/lib/result";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

// Thin: who is calling → what they sent → the mutation (which authorises) → refresh. Ids are bound by the page.

type Result = ActionResult<{ id: string } | null>;

export async function createOfferAction(
  organisationId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  const result = await runAction(async () => createOffer(await getActor(), organisationId, formDataToObject(formData)));
  if (result.ok) redirect({ href: `/dashboard/angebote/${result.data.id}?neu=1`, locale: await getLocale() });
  return result;
}

export async function updateOfferAction(
  offerId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    await updateOffer(await getActor(), offerId, formDataToObject(formData));
    revalidatePath("/[locale]/dashboard", "layout");
    return null;
  });
}

export async function duplicateOfferAction(offerId: string): Promise<Result> {
  const result = await runAction(async () => duplicateOffer(await getActor(), offerId));
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
    if (change === "submit") await submitOffer(actor, offerId);
    else if (change === "archive") await archiveOffer(actor, offerId);
    else await restoreOffer(actor, offerId);
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
    await setAvailability(await getActor(), offerId, formDataToObject(formData));
    revalidatePath("/[locale]/dashboard", "layout");
    return null;
  });
}

export async function confirmOffersAction(
  organisationId: string,
  _previous: ActionResult<{ count: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ count: number }>> {
  return runAction(async () => {
    const result = await confirmOffers(await getActor(), organisationId, formDataToObject(formData));
    revalidatePath("/[locale]/dashboard", "layout");
    return result;
  });
}

export async function saveTranslationAction(
  offerId: string,
  locale: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    await saveTranslation(await getActor(), offerId, locale, formDataToObject(formData));
    revalidatePath("/[locale]/dashboard", "layout");
    return null;
  });
}

export async function deleteTranslationAction(offerId: string, locale: string): Promise<Result> {
  const result = await runAction(async () => {
    await deleteTranslation(await getActor(), offerId, locale);
    return null;
  });
  if (result.ok) redirect({ href: `/dashboard/angebote/${offerId}`, locale: await getLocale() });
  return result;
}
