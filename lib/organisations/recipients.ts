import type { Recipient } from "@/lib/mail/send-localized-mail";
import { prisma } from "@/lib/db";

/** A recipient with the user id that signed links in the mail are bound to (lib/freshness/freshness-links.ts). */
export type UserRecipient = Recipient & { userId: string };

/** The people who hear about an organisation's reviews and reminders: its owners and editors. */
export async function listOrganisationRecipients(organisationId: string): Promise<UserRecipient[]> {
  const memberships = await prisma.membership.findMany({
    where: { organisationId },
    select: { user: { select: { id: true, email: true, locale: true } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map(({ user }) => ({ userId: user.id, email: user.email, locale: user.locale }));
}

export async function listAdminRecipients(): Promise<Recipient[]> {
  return prisma.user.findMany({ where: { isAdmin: true }, select: { email: true, locale: true } });
}
