import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { isLocale, type Locale } from "@/lib/i18n/locales";

// Mails are written outside a request (jobs, auth callbacks), in the recipient's language.
const messagesByLocale: Record<Locale, typeof de> = { de, en, ar };

const createMailTranslator = (locale: Locale) =>
  createTranslator({ locale, messages: messagesByLocale[locale], namespace: "Mail" });

// One translator per locale: a job mailing hundreds of people should not build hundreds of them.
const translators = new Map<Locale, ReturnType<typeof createMailTranslator>>();

export function getMailTranslator(locale: string) {
  const known: Locale = isLocale(locale) ? locale : "de";
  let translator = translators.get(known);
  if (!translator) translators.set(known, (translator = createMailTranslator(known)));
  return translator;
}
