"use server";

import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { acceptInvitation } from "@/lib/organisations/members";
import { z } from "zod";
import { parseInput, runAction, type ActionResult } from "@/lib/result";

export async function acceptInvitationAction(
  token: string,
  _previous: ActionResult<null> | null,
): Promise<ActionResult<null>> {
  const result = await runAction(async () => {
    await acceptInvitation(await getActor(), parseInput(z.string().max(200), token));
    return null;
  });
  if (result.ok) redirect({ href: "/dashboard", locale: await getLocale() });
  return result;
}
