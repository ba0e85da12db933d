"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { approveOffer, completeSecondLook, rejectOffer } from "@/lib/offers/review";
import {
  approveIdentityChange,
  completeOrganisationSecondLook,
  rejectIdentityChange,
} from "@/lib/organisations/identity-review";
import { approveClaim, approveOrganisation, rejectClaim, rejectOrganisation } from "@/lib/organisations/mutations";
import { z } from "zod";
import { parseInput, runAction, type ActionResult } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

const ReviewSubjectSchema = z.enum([
  "organisation",
  "identityChange",
  "organisationSecondLook",
  "claim",
  "offer",
  "secondLook",
]);
export type ReviewSubject = z.infer<typeof ReviewSubjectSchema>;
type Result = ActionResult<null>;

// The subject and id are bound by the page but travel through the browser: parsed like any input.
function parseTarget(subject: unknown, id: unknown) {
  return { kind: parseInput(ReviewSubjectSchema, subject), target: parseInput(recordIdSchema, id) };
}

/** An admin's decision on one item of the queue; the mutations authorise (review:decide). */
export async function approveAction(subject: ReviewSubject, id: string, _previous: Result | null): Promise<Result> {
  return runAction(async () => {
    const actor = await getActor();
    const { kind, target } = parseTarget(subject, id);
    if (kind === "organisation") await approveOrganisation(actor, target);
    else if (kind === "identityChange") await approveIdentityChange(actor, target);
    else if (kind === "organisationSecondLook") await completeOrganisationSecondLook(actor, target);
    else if (kind === "claim") await approveClaim(actor, target);
    else if (kind === "offer") await approveOffer(actor, target);
    else await completeSecondLook(actor, target);
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
    const { kind, target } = parseTarget(subject, id);
    if (kind === "organisation") await rejectOrganisation(actor, target, raw);
    else if (kind === "identityChange") await rejectIdentityChange(actor, target, raw);
    else if (kind === "claim") await rejectClaim(actor, target, raw);
    else await rejectOffer(actor, target, raw);
    revalidatePath("/[locale]/verwaltung", "page");
    return null;
  });
}
