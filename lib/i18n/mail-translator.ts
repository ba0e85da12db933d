import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { isLocale, type Locale } from "@/lib/i18n/locales";

// Mails are written outside a request (jobs, auth callbacks), in the recipient's language.
const messagesByLocale: Record<Locale, typeof de> = { de, en, ar };

export function getMailTranslator(locale: string) {
  const known: Locale = isLocale(locale) ? locale : "de";
  return createTranslator({ locale: known, messages: messagesByLocale[known], namespace: "Mail" });
}
