import type { VerificationToken } from "next-auth/adapters";
import { prisma } from "@/lib/db";

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
