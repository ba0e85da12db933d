import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/language-switcher";
import { getActor } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";

/** The sign-out action comes from the layout: components never import from app/. */
export async function SiteHeader({ signOutAction }: { signOutAction: () => Promise<void> }) {
  const t = await getTranslations();
  const actor = await getActor();
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
            <li>
              <Link href="/atlas">{t("Atlas.navLink")}</Link>
            </li>
            <li>
              <Link href="/veranstaltungen">{t("Layout.navEvents")}</Link>
            </li>
            <li>
              <Link href="/netzwerk">{t("Layout.navNetwork")}</Link>
            </li>
            {actor ? (
              <>
                <li>
                  <Link href="/dashboard">{t("SignIn.myArea")}</Link>
                </li>
                <li>
                  <Link href="/konto">{t("SignIn.account")}</Link>
                </li>
                <li>
                  <form action={signOutAction}>
                    <button type="submit" className="link-button">
                      {t("SignIn.signOut")}
                    </button>
                  </form>
                </li>
              </>
            ) : (
              <li>
                <Link href="/anmelden">{t("SignIn.signIn")}</Link>
              </li>
            )}
          </ul>
        </nav>
        <LanguageSwitcher label={t("Layout.languageSwitcher")} />
      </div>
    </header>
  );
}
