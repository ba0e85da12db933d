import "server-only";
import { prisma } from "@/lib/db";
import { isDevMailboxEnabled } from "@/lib/mail/send-mail";

export type DevMailView = { id: string; to: string; subject: string; text: string; createdAt: string };

/** The newest mails of the development mailbox, or null when mail goes to a real server (the page is a 404). */
export async function listDevMails(take = 50): Promise<DevMailView[] | null> {
  if (!isDevMailboxEnabled()) return null;
  const rows = await prisma.devMail.findMany({
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
