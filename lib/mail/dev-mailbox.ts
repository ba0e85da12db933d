import "server-only";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { isDevMailboxEnabled } from "@/lib/mail/send-mail";
import { demoAccounts } from "@/lib/seed/generate-demo-data";

export type DevMailView = { id: string; to: string; subject: string; text: string; createdAt: string };
export type DevMailbox = { mails: DevMailView[]; onlyDemoAccounts: boolean };

const demoAddresses = Object.values(demoAccounts).map((account) => account.email);

/**
 * The newest mails of the development mailbox, or null when mail goes to a real server (the page is a 404).
 * On a public demo (DEMO_PUBLIC) anyone can open it, so it shows only the sign-in links of the demo accounts:
 * not the links of everybody else who tries the demo, nor other mails to the demo accounts, which carry other
 * visitors' data (a feedback's reply address, an attendee's name).
 */
export async function listDevMails(take = 50, publicDemo = env.DEMO_PUBLIC): Promise<DevMailbox | null> {
  if (!isDevMailboxEnabled()) return null;
  const rows = await prisma.devMail.findMany({
    where: publicDemo ? { to: { in: demoAddresses }, kind: "sign-in" } : {},
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return {
    mails: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    onlyDemoAccounts: publicDemo,
  };
}
