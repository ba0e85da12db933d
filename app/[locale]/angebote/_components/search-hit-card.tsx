import { getLocale, getTranslations } from "next-intl/server";
import { AvailabilityBadge } from "@/components/availability-badge";
import { LanguageNames } from "@/components/language-names";
import { textDirection } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { SearchHit } from "@/lib/search/search-offers";
import { HighlightedText } from "./highlighted-text";

export async function SearchHitCard({
  hit,
  municipalityNames,
}: {
  hit: SearchHit;
  municipalityNames: Map<string, string>;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const where = hit.isCountyWide
    ? t("Offers.countyWide")
    : hit.municipalities.map((slug) => municipalityNames.get(slug) ?? slug).join(", ");
  return (
    <article className="card" data-offer-id={hit.id} lang={hit.textLocale} dir={textDirection(hit.textLocale)}>
      <h3>
        <Link href={`/angebote/${hit.slug}`}>
          <HighlightedText segments={hit.highlight.title} />
        </Link>
      </h3>
      <p>
        <HighlightedText segments={hit.highlight.summary} />
      </p>
      <p className="meta" lang={locale} dir={textDirection(locale)}>
        {t("Offers.by", { organisation: hit.organisation.name })}
        {where && ` · ${where}`}
        {hit.distanceKm !== undefined &&
          ` · ${t("Search.distance", { distance: hit.distanceKm.toLocaleString(locale, { maximumFractionDigits: 1 }) })}`}
      </p>
      <p className="meta" lang={locale} dir={textDirection(locale)}>
        {t("Offers.languagesGiven")}: <LanguageNames codes={hit.languages} locale={locale} />
      </p>
      <ul className="badges" lang={locale} dir={textDirection(locale)}>
        <li>
          <AvailabilityBadge availability={hit.availability} />
        </li>
        {hit.free && (
          <li>
            <span className="badge">{t("Cost.free")}</span>
          </li>
        )}
        {hit.isStale && (
          <li>
            <span className="badge badge--warning">{t("Offers.stale")}</span>
          </li>
        )}
      </ul>
    </article>
  );
}
