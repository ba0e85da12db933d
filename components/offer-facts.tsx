import { getLocale, getTranslations } from "next-intl/server";
import { AvailabilityBadge } from "@/components/availability-badge";
import { LanguageNames } from "@/components/language-names";
import { textDirection } from "@/lib/i18n/locales";
import type { Availability } from "@/lib/offers/availability";

type Props = {
  organisationName: string;
  where: string;
  distanceKm?: number;
  languages: string[];
  availability: Availability;
  isFree: boolean;
  isStale: boolean;
  isDemo?: boolean;
};

/** The lines under an offer's title in a list: who, where, in which languages, and its status badges. */
export async function OfferFacts({
  organisationName,
  where,
  distanceKm,
  languages,
  availability,
  isFree,
  isStale,
  isDemo,
}: Props) {
  const t = await getTranslations();
  const locale = await getLocale();
  const dir = textDirection(locale);
  return (
    <>
      <p className="meta" lang={locale} dir={dir}>
        {t("Offers.by", { organisation: organisationName })}
        {where && ` · ${where}`}
        {distanceKm !== undefined &&
          ` · ${t("Search.distance", { distance: distanceKm.toLocaleString(locale, { maximumFractionDigits: 1 }) })}`}
      </p>
      <p className="meta" lang={locale} dir={dir}>
        {t("Offers.languagesGiven")}: <LanguageNames codes={languages} locale={locale} />
      </p>
      <ul className="badges" lang={locale} dir={dir}>
        <li>
          <AvailabilityBadge availability={availability} />
        </li>
        {isFree && (
          <li>
            <span className="badge">{t("Cost.free")}</span>
          </li>
        )}
        {isStale && (
          <li>
            <span className="badge badge--warning">{t("Offers.stale")}</span>
          </li>
        )}
        {isDemo && (
          <li>
            <span className="badge">{t("Layout.demoBadge")}</span>
          </li>
        )}
      </ul>
    </>
  );
}
