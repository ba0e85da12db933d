"use server";

import { confirmEmailChange } from "@/lib/account/mutations";

export async function confirmEmailChangeAction(token: string) {
  return confirmEmailChange(token);
}
