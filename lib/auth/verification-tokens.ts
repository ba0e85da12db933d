import { createHash } from "node:crypto";
import type { VerificationToken } from "next-auth/adapters";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { maskAddress } from "@/lib/mail/mask-address";

/**
 * The address a sign-in link is for, masked ("n•••@example.org"), for the button page: whoever presses it sees
 * whose account they are about to enter, so a link an attacker sent for their own account is recognised. Auth.js
 * stores sha256(token + secret); null for an unknown or expired link.
 */
export async function findSignInLinkAddress(token: string, now = new Date()): Promise<string | null> {
  const hash = createHash("sha256").update(`${token}${env.AUTH_SECRET}`).digest("hex");
  const found = await prisma.verificationToken.findFirst({
    where: { token: hash, expires: { gt: now } },
    select: { identifier: true },
  });
  return found ? maskAddress(found.identifier) : null;
}

/**
 * The adapter's useVerificationToken for links without the address: the mailed sign-in link carries only the
 * token (no personal data in URLs), and Auth.js then asks without an identifier. `token` is the hash Auth.js
 * stores. Deleting with a count keeps the link single-use when two presses race: only one gets the token.
 */
export async function consumeVerificationToken({
  identifier,
  token,
}: {
  identifier?: string;
  token: string;
}): Promise<VerificationToken | null> {
  const found = await prisma.verificationToken.findFirst({
    where: { token, ...(identifier === undefined ? {} : { identifier }) },
    select: { identifier: true, token: true, expires: true },
  });
  if (!found) return null;
  const { count } = await prisma.verificationToken.deleteMany({
    where: { identifier: found.identifier, token: found.token },
  });
  return count === 1 ? found : null;
}
