"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { withNotice } from "@/lib/forms/action-notice";
import { redirect } from "@/lib/i18n/navigation";
import { approveOffer, completeSecondLook, rejectOffer } from "@/lib/offers/review";
import {
  approveIdentityChange,
  completeOrganisationSecondLook,
  rejectIdentityChange,
} from "@/lib/organisations/identity-review";
import { approveClaim, approveOrganisation, rejectClaim, rejectOrganisation } from "@/lib/organisations/mutations";
import { z } from "zod";
import { parseInput, runAction, type ActionResult } from "@/lib/result";
import { REVIEW_ERROR_PARAM, reviewErrorOf } from "@/lib/review/review-errors";
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
  }, formData);
}

// The review pages' forms are plain HTML forms posting to these actions, so a decision works without JavaScript:
// the outcome travels in the redirect – a notice on the queue, or an error key back on the review page.

const OfferDecisionSchema = z.object({
  offerId: recordIdSchema,
  decision: z.enum(["publish", "secondLookDone", "reject"]),
});

const OrganisationDecisionSchema = z.object({
  organisationId: recordIdSchema,
  decision: z.enum(["approve", "reject", "approveIdentityChange", "rejectIdentityChange", "descriptionLookDone"]),
});

async function finishDecision(result: ActionResult<{ rejected: boolean }>, reviewPath: string | null): Promise<never> {
  const locale = await getLocale();
  if (result.ok) {
    revalidatePath("/[locale]/verwaltung", "layout");
    return redirect({ href: withNotice("/verwaltung", result.data.rejected ? "rejected" : "approved"), locale });
  }
  // Without a valid id there is no review page to go back to.
  if (!reviewPath) return redirect({ href: "/verwaltung", locale });
  return redirect({ href: `${reviewPath}?${REVIEW_ERROR_PARAM}=${reviewErrorOf(result)}`, locale });
}

/** Publish, look through or reject one offer from its review page; the mutations authorise (review:decide). */
export async function decideOfferAction(formData: FormData): Promise<void> {
  const raw = formDataToObject(formData);
  const offerId = recordIdSchema.safeParse(raw.offerId).data;
  const result = await runAction(async () => {
    const actor = await getActor();
    const { offerId, decision } = parseInput(OfferDecisionSchema, raw);
    if (decision === "publish") await approveOffer(actor, offerId);
    else if (decision === "secondLookDone") await completeSecondLook(actor, offerId);
    else await rejectOffer(actor, offerId, raw);
    return { rejected: decision === "reject" };
  });
  await finishDecision(result, offerId ? `/verwaltung/pruefung/angebote/${offerId}` : null);
}

/** Approve or reject an organisation, its identity change, or close the look at its description. */
export async function decideOrganisationAction(formData: FormData): Promise<void> {
  const raw = formDataToObject(formData);
  const organisationId = recordIdSchema.safeParse(raw.organisationId).data;
  const result = await runAction(async () => {
    const actor = await getActor();
    const { organisationId, decision } = parseInput(OrganisationDecisionSchema, raw);
    if (decision === "approve") await approveOrganisation(actor, organisationId);
    else if (decision === "reject") await rejectOrganisation(actor, organisationId, raw);
    else if (decision === "approveIdentityChange") await approveIdentityChange(actor, organisationId);
    else if (decision === "rejectIdentityChange") await rejectIdentityChange(actor, organisationId, raw);
    else await completeOrganisationSecondLook(actor, organisationId);
    return { rejected: decision === "reject" || decision === "rejectIdentityChange" };
  });
  await finishDecision(result, organisationId ? `/verwaltung/pruefung/organisationen/${organisationId}` : null);
}
