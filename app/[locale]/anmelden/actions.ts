"use server";

import { AuthError } from "next-auth";
import { getLocale } from "next-intl/server";
import { AFTER_SIGN_IN_PARAM } from "@/lib/account/home-for";
import { signIn, signOut } from "@/lib/auth/auth";
import { SignInInputSchema } from "@/lib/auth/sign-in-input";
import { SignInRateLimited } from "@/lib/auth/sign-in-limits";
import { redirect } from "@/lib/i18n/navigation";
import { DomainError, parseInput, runAction, type ActionResult } from "@/lib/result";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

function isRateLimited(error: unknown): boolean {
  const cause = error instanceof AuthError ? (error.cause as { err?: unknown } | undefined) : undefined;
  return cause?.err instanceof SignInRateLimited;
}

export async function requestSignInLinkAction(_previous: ActionResult<null> | null, formData: FormData) {
  const locale = await getLocale();
  const result = await runAction(async () => {
    const { email, callbackUrl } = parseInput(SignInInputSchema, formDataToObject(formData));
    try {
      // Without a page to return to, the dashboard decides where the person belongs when the link is used.
      const home = `/${locale}/dashboard?${AFTER_SIGN_IN_PARAM}=1`;
      await signIn("email", { email, redirect: false, redirectTo: callbackUrl ?? home });
    } catch (error) {
      if (isRateLimited(error)) throw new DomainError("rate_limited", "tooManySignIns");
      throw error;
    }
    return null;
  }, formData);
  if (result.ok) redirect({ href: "/anmelden/pruefen", locale });
  return result;
}

export async function signOutAction() {
  const locale = await getLocale();
  await signOut({ redirect: false });
  redirect({ href: "/", locale });
}
