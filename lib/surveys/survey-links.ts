import { createHash, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// A one-time link carries 32 random bytes; the database keeps only their SHA-256 hash. A random token names
// nobody, so it may travel in the invitation link; the answer form sends it on in a hidden field, and the page
// after the answer has no token in its address.

export const SURVEY_TOKEN_PARAM = "token";

export const createInvitationToken = (): string => randomBytes(32).toString("base64url");

export const hashInvitationToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** The link without a locale: the site sends each person to the survey in their browser's language. */
export const surveyLinkUrl = (slug: string, token: string): string =>
  `${env.PUBLIC_URL}/umfrage/${slug}?${SURVEY_TOKEN_PARAM}=${encodeURIComponent(token)}`;

/** The survey's address without a token: for an open survey, the link to share. */
export const surveyPublicUrl = (slug: string): string => `${env.PUBLIC_URL}/umfrage/${slug}`;
