import { getMailTranslator } from "@/lib/i18n/mail-translator";
import { sendMail, type Mail } from "@/lib/mail/send-mail";

export type Recipient = { email: string; locale: string };
type MailTranslator = ReturnType<typeof getMailTranslator>;

/**
 * Sends one mail per recipient in the recipient's language. Called after the change is committed: a mail
 * server that is down must not undo the change, so failures are logged and counted, not thrown.
 */
export async function sendLocalizedMail<R extends Recipient>(
  recipients: R[],
  compose: (t: MailTranslator, recipient: R) => Omit<Mail, "to" | "kind">,
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const recipient of recipients) {
    try {
      await sendMail({ to: recipient.email, ...compose(getMailTranslator(recipient.locale), recipient) });
      sent++;
    } catch (error) {
      failed++;
      console.error(`[mail] could not send to a recipient: ${(error as Error).message}`);
    }
  }
  return { sent, failed };
}
