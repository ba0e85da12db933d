"use server";

import { applyFreshnessLink, type FreshnessLinkState } from "@/lib/freshness/freshness-links";

/** The button on the link's page: no sign-in, the signed token is the authorisation. */
export async function applyFreshnessLinkAction(token: unknown): Promise<FreshnessLinkState> {
  return applyFreshnessLink(token);
}
