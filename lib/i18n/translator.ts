import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import ar from "@/messages/ar.json";
import bg from "@/messages/bg.json";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import pl from "@/messages/pl.json";
import ro from "@/messages/ro.json";
import ru from "@/messages/ru.json";
import tr from "@/messages/tr.json";
import uk from "@/messages/uk.json";
import { isLocale, type Locale } from "@/lib/i18n/locales";

// Texts outside a request (mails, jobs, CSV exports) in a given language, from the same message files as the
// pages. An unknown locale falls back to German, the source language.

type Messages = typeof de;

const messagesByLocale: Record<Locale, Messages> = { de, en, ar, uk, ru, tr, pl, ro, bg, fa };

export function translatorFor<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(
  locale: string,
  namespace: Namespace,
) {
  const known: Locale = isLocale(locale) ? locale : "de";
  return createTranslator({ locale: known, messages: messagesByLocale[known], namespace });
}
