import { textDirection } from "@/lib/i18n/locales";
import { getLocale, getTranslations } from "next-intl/server";
import { AvailabilityBadge } from "@/components/availability-badge";
import { LanguageNames } from "@/components/language-names";
import { Link } from "@/lib/i18n/navigation";
import type { OfferCard as OfferCardData } from "@/lib/offers/queries";

export async function OfferCard({ offer, headingLevel = 3 }: { offer: OfferCardData; headingLevel?: 2 | 3 }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const Heading = `h${headingLevel}` as const;
  const where = offer.isCountyWide
    ? t("Offers.countyWide")
    : offer.municipalities.map((m) => m.name).join(", ") || (offer.isOnline ? t("Offers.online") : "");
  return (
    <article className="card" lang={offer.textLocale} dir={textDirection(offer.textLocale)}>
      <Heading>
        <Link href={`/angebote/${offer.slug}`}>{offer.title}</Link>
      </Heading>
      <p>{offer.summary}</p>
      <p className="meta" lang={locale} dir={textDirection(locale)}>
        {t("Offers.by", { organisation: offer.organisation.name })}
        {where && ` · ${where}`}
      </p>
      <p className="meta" lang={locale} dir={textDirection(locale)}>
        {t("Offers.languagesGiven")}: <LanguageNames codes={offer.languages} locale={locale} />
      </p>
      <ul className="badges" lang={locale} dir={textDirection(locale)}>
        <li>
          <AvailabilityBadge availability={offer.availability} />
        </li>
        {offer.costKind === "free" && (
          <li>
            <span className="badge">{t("Cost.free")}</span>
          </li>
        )}
        {offer.isStale && (
          <li>
            <span className="badge badge--warning">{t("Offers.stale")}</span>
          </li>
        )}
        {offer.isDemo && (
          <li>
            <span className="badge">{t("Layout.demoBadge")}</span>
          </li>
        )}
      </ul>
    </article>
  );
}
