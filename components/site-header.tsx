import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/language-switcher";
import { Link } from "@/lib/i18n/navigation";

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-name">
          {t("Meta.siteName")}
        </Link>
        <nav aria-label={t("Layout.mainNavigation")}>
          <ul className="inline-list">
            <li>
              <Link href="/angebote">{t("Layout.navOffers")}</Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitcher label={t("Layout.languageSwitcher")} />
      </div>
    </header>
  );
}
