"use server";

import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { acceptInvitation } from "@/lib/organisations/members";
import { runAction, type ActionResult } from "@/lib/result";

export async function acceptInvitationAction(
  token: string,
  _previous: ActionResult<null> | null,
): Promise<ActionResult<null>> {
  const result = await runAction(async () => {
    await acceptInvitation(await getActor(), token);
    return null;
  });
  if (result.ok) redirect({ href: "/dashboard", locale: await getLocale() });
  return result;
}
