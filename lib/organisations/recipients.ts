import type { Recipient } from "@/lib/mail/send-localized-mail";
import { prisma } from "@/lib/db";

/** The people who hear about an organisation's reviews and reminders: its owners and editors. */
export async function listOrganisationRecipients(organisationId: string): Promise<Recipient[]> {
  const memberships = await prisma.membership.findMany({
    where: { organisationId },
    select: { user: { select: { email: true, locale: true } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((membership) => membership.user);
}

export async function listAdminRecipients(): Promise<Recipient[]> {
  return prisma.user.findMany({ where: { isAdmin: true }, select: { email: true, locale: true } });
}
