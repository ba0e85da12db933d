"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { parseInput, runAction, type ActionResult } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";
import { formDataToObject } from "@/lib/validation/form-data-to-object";
import {
  linkOfferToRecommendation,
  linkTopicToRecommendation,
  setRecommendationStatus,
  unlinkOfferFromRecommendation,
  unlinkTopicFromRecommendation,
} from "@/lib/working-groups/recommendation-moderation";
import { appointModerator, removeModerator } from "@/lib/working-groups/moderators";
import {
  postRecommendation,
  setRecommendationVote,
  updateRecommendation,
} from "@/lib/working-groups/recommendation-mutations";

type Result = ActionResult<null>;

// Bound arguments travel through the browser like any other input, so they are parsed too.
const id = (value: unknown) => parseInput(recordIdSchema, value);

function refreshSpace() {
  revalidatePath("/[locale]/netzwerk/arbeitsgruppen", "layout");
}

export async function postRecommendationAction(groupId: string, _previous: Result | null, formData: FormData) {
  return runAction(async () => {
    await postRecommendation(await getActor(), id(groupId), formDataToObject(formData));
    refreshSpace();
    return null;
  }, formData);
}

export async function updateRecommendationAction(
  recommendationId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    await updateRecommendation(await getActor(), id(recommendationId), formDataToObject(formData));
    refreshSpace();
    return null;
  }, formData);
}

export async function setVoteAction(
  recommendationId: string,
  _previous: ActionResult<{ voted: boolean; voteCount: number }> | null,
  formData: FormData,
) {
  return runAction(async () => {
    const result = await setRecommendationVote(await getActor(), id(recommendationId), formDataToObject(formData));
    refreshSpace();
    return result;
  }, formData);
}

const moderation = {
  status: setRecommendationStatus,
  linkOffer: linkOfferToRecommendation,
  unlinkOffer: unlinkOfferFromRecommendation,
  linkTopic: linkTopicToRecommendation,
  unlinkTopic: unlinkTopicFromRecommendation,
} as const;
export type ModerationChange = keyof typeof moderation;
const ModerationChangeSchema = z.enum(Object.keys(moderation) as [ModerationChange, ...ModerationChange[]]);

/** The moderators' (and admins') changes to one recommendation; `change` is bound in the page and checked like any input. */
export async function moderateRecommendationAction(
  recommendationId: string,
  change: ModerationChange,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    const moderate = moderation[parseInput(ModerationChangeSchema, change)];
    await moderate(await getActor(), id(recommendationId), formDataToObject(formData));
    refreshSpace();
    return null;
  }, formData);
}

/** Admins: appoint one of the event's people as the group's moderator. */
export async function appointModeratorAction(
  groupId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    await appointModerator(await getActor(), id(groupId), formDataToObject(formData));
    refreshSpace();
    return null;
  }, formData);
}

/** Admins: end a moderator's appointment. */
export async function removeModeratorAction(
  groupId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  return runAction(async () => {
    await removeModerator(await getActor(), id(groupId), formDataToObject(formData));
    refreshSpace();
    return null;
  }, formData);
}
