"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { approveOffer, completeSecondLook, rejectOffer } from "@/lib/offers/review";
import { approveClaim, approveOrganisation, rejectClaim, rejectOrganisation } from "@/lib/organisations/mutations";
import { runAction, type ActionResult } from "@/lib/result";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

export type ReviewSubject = "organisation" | "claim" | "offer" | "secondLook";
type Result = ActionResult<null>;

/** An admin's decision on one item of the queue; the mutations authorise (review:decide). */
export async function approveAction(subject: ReviewSubject, id: string, _previous: Result | null): Promise<Result> {
  return runAction(async () => {
    const actor = await getActor();
    if (subject === "organisation") await approveOrganisation(actor, id);
    else if (subject === "claim") await approveClaim(actor, id);
    else if (subject === "offer") await approveOffer(actor, id);
    else await completeSecondLook(actor, id);
    revalidatePath("/[locale]/verwaltung", "page");
    return null;
  });
}

export async function rejectAction(
  subject: ReviewSubject,
  id: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    const actor = await getActor();
    const raw = formDataToObject(formData);
    if (subject === "organisation") await rejectOrganisation(actor, id, raw);
    else if (subject === "claim") await rejectClaim(actor, id, raw);
    else await rejectOffer(actor, id, raw);
    revalidatePath("/[locale]/verwaltung", "page");
    return null;
  });
}
