import { createTransport, type Transporter } from "nodemailer";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

// All mail leaves through here: to SMTP_URL when set, otherwise into the development mailbox (DevMail), which
// only exists without SMTP_URL, and SMTP_URL is required in production. Plain text: readable in every client,
// by screen readers, and nothing to escape.

/** A file sent with the mail, e.g. an event's calendar entry (text/calendar; method=PUBLISH). */
export type MailAttachment = { filename: string; contentType: string; content: string };

/** `kind` marks sign-in links, which a public demo's mailbox shows (and nothing else). */
export type Mail = { to: string; subject: string; text: string; kind?: "sign-in"; attachments?: MailAttachment[] };

let transport: Transporter | undefined;

export function isDevMailboxEnabled(): boolean {
  return !env.SMTP_URL;
}

/**
 * The development mailbox keeps text only (DevMail has no attachment column): it names each attachment under the
 * text, so whoever reads the mail there sees that the real one carries it.
 */
function devMailText({ text, attachments = [] }: Mail): string {
  if (attachments.length === 0) return text;
  return `${text}\n\n${attachments.map((a) => `[${a.filename} (${a.contentType})]`).join("\n")}`;
}

export async function sendMail(mail: Mail): Promise<void> {
  if (!env.SMTP_URL) {
    const { to, subject, kind } = mail;
    await prisma.devMail.create({ data: { to, subject, kind, text: devMailText(mail) } });
    return;
  }
  transport ??= createTransport(env.SMTP_URL);
  const { to, subject, text, attachments } = mail;
  const info = (await transport.sendMail({ from: env.MAIL_FROM, to, subject, text, attachments })) as {
    rejected: unknown[];
  };
  if (info.rejected.length > 0) throw new Error(`The mail server rejected ${info.rejected.length} recipient(s)`);
}
