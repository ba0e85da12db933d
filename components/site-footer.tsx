import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter({ operator, attribution }: { operator: string; attribution: string }) {
  const t = await getTranslations("Footer");
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t("operatedBy", { operator })}</p>
        <nav aria-label={t("legal")}>
          <ul className="inline-list">
            <li>
              <Link href="/impressum">{t("imprint")}</Link>
            </li>
            <li>
              <Link href="/datenschutz">{t("privacy")}</Link>
            </li>
            <li>
              <Link href="/barrierefreiheit">{t("accessibility")}</Link>
            </li>
            <li>
              <Link href="/datenquellen">{t("dataSources")}</Link>
            </li>
          </ul>
        </nav>
        <p className="site-footer__attribution">{attribution}</p>
      </div>
    </footer>
  );
}
