import { createTransport, type Transporter } from "nodemailer";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

// All mail leaves through here: to SMTP_URL when set, otherwise into the development mailbox (DevMail), which
// only exists without SMTP_URL, and SMTP_URL is required in production. Plain text: readable in every client,
// by screen readers, and nothing to escape.

/** `kind` marks sign-in links, which a public demo's mailbox shows (and nothing else). */
export type Mail = { to: string; subject: string; text: string; kind?: "sign-in" };

let transport: Transporter | undefined;

export function isDevMailboxEnabled(): boolean {
  return !env.SMTP_URL;
}

export async function sendMail(mail: Mail): Promise<void> {
  if (!env.SMTP_URL) {
    await prisma.devMail.create({ data: mail });
    return;
  }
  transport ??= createTransport(env.SMTP_URL);
  const { to, subject, text } = mail;
  const info = (await transport.sendMail({ from: env.MAIL_FROM, to, subject, text })) as { rejected: unknown[] };
  if (info.rejected.length > 0) throw new Error(`The mail server rejected ${info.rejected.length} recipient(s)`);
}
