"use server";

import { confirmEmailChange } from "@/lib/account/mutations";

export async function confirmEmailChangeAction(token: unknown) {
  return confirmEmailChange(token);
}
