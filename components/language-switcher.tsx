"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/locales";

/** Links to the same page in every UI locale, each named in its own language so anyone can find theirs. */
export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams().entries());
  return (
    <nav aria-label={label} className="language-switcher">
      <ul className="inline-list">
        {locales.map((locale) => {
          const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
          return (
            <li key={locale}>
              <Link
                href={{ pathname, query }}
                locale={locale}
                lang={locale}
                hrefLang={locale}
                aria-current={locale === current ? "true" : undefined}
              >
                {name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
