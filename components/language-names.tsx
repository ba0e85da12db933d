import { textDirection } from "@/lib/i18n/locales";
import { languageName } from "@/lib/i18n/language-names";

/** Languages of service, each in the reader's locale and in itself, marked with its own lang attribute. */
export function LanguageNames({ codes, locale }: { codes: string[]; locale: string }) {
  return (
    <>
      {codes.map((code, index) => {
        const { name, endonym } = languageName(code, locale);
        return (
          <span key={code}>
            {index > 0 && ", "}
            {name}
            {endonym !== name && (
              <>
                {" ("}
                <span lang={code} dir={textDirection(code)}>
                  {endonym}
                </span>
                {")"}
              </>
            )}
          </span>
        );
      })}
    </>
  );
}
