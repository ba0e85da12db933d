"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { hideOwnProfile, renewProfileVisibility, saveOwnProfile } from "@/lib/network/profiles";
import { runAction, type ActionResult } from "@/lib/result";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

type Result = ActionResult<null>;

// Every change shows at once in the preview below the form and in the directory.
const refresh = () => revalidatePath("/[locale]/netzwerk", "layout");

export async function saveProfileAction(_previous: Result | null, formData: FormData): Promise<Result> {
  return runAction(async () => {
    await saveOwnProfile(await getActor(), formDataToObject(formData));
    refresh();
    return null;
  }, formData);
}

export async function renewVisibilityAction(_previous: Result | null): Promise<Result> {
  return runAction(async () => {
    await renewProfileVisibility(await getActor());
    refresh();
    return null;
  });
}

export async function hideProfileAction(_previous: Result | null): Promise<Result> {
  return runAction(async () => {
    await hideOwnProfile(await getActor());
    refresh();
    return null;
  });
}
