"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { respondToContactRequest } from "@/lib/network/contact-requests";
import { runAction, type ActionResult } from "@/lib/result";

type Result = ActionResult<null>;

/** Accepts or declines a request; the id and the decision are bound, and respondToContactRequest parses both. */
export async function respondToRequestAction(
  requestId: string,
  decision: "accept" | "decline",
  _previous: Result | null,
): Promise<Result> {
  return runAction(async () => {
    await respondToContactRequest(await getActor(), requestId, decision);
    revalidatePath("/[locale]/netzwerk", "layout");
    return null;
  });
}
