export type LanguageName = { code: string; name: string; endonym: string };

/**
 * A language of service named in the reader's locale and in itself ("Ukrainisch – українська"), so a resident
 * recognises their language whatever the UI language is.
 */
export function languageName(code: string, locale: string): LanguageName {
  const inLocale = new Intl.DisplayNames([locale], { type: "language", fallback: "code" }).of(code) ?? code;
  const endonym = new Intl.DisplayNames([code], { type: "language", fallback: "code" }).of(code) ?? code;
  return { code, name: inLocale, endonym };
}
