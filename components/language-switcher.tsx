"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/locales";

const nameOf = (locale: string) => {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
};

/**
 * The same page in every UI locale, each language named in itself so anyone can find theirs. Ten names do not
 * fit a header line on a phone, so they sit in a disclosure (works without JavaScript, with the keyboard) whose
 * globe symbol is recognisable before a word of the current language is.
 */
export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams().entries());
  return (
    <nav aria-label={label} className="language-switcher">
      <details>
        <summary>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" className="language-switcher__icon">
            <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="1.8" />
            <path
              d="M2 12h20M12 2c2.8 3 4 6.4 4 10s-1.2 7-4 10c-2.8-3-4-6.4-4-10s1.2-7 4-10z"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
            />
          </svg>{" "}
          <span className="visually-hidden">{label}: </span>
          <span lang={current}>{nameOf(current)}</span>
        </summary>
        <ul>
          {locales.map((locale) => (
            <li key={locale}>
              <Link
                href={{ pathname, query }}
                locale={locale}
                lang={locale}
                hrefLang={locale}
                aria-current={locale === current ? "true" : undefined}
              >
                {nameOf(locale)}
              </Link>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
