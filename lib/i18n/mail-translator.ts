import { isLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

// Mails are written outside a request (jobs, auth callbacks), in the recipient's language.

const createMailTranslator = (locale: Locale) => translatorFor(locale, "Mail");

// One translator per locale: a job mailing hundreds of people should not build hundreds of them.
const translators = new Map<Locale, ReturnType<typeof createMailTranslator>>();

export function getMailTranslator(locale: string) {
  const known: Locale = isLocale(locale) ? locale : "de";
  let translator = translators.get(known);
  if (!translator) translators.set(known, (translator = createMailTranslator(known)));
  return translator;
}
