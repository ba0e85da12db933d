import { getTranslations } from "next-intl/server";
import { OfferFacts } from "@/components/offer-facts";
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
  const where = hit.isCountyWide
    ? t("Offers.countyWide")
    : hit.municipalities.map((slug) => municipalityNames.get(slug) ?? slug).join(", ");
  return (
    <article className="card" data-offer-id={hit.slug} lang={hit.textLocale} dir={textDirection(hit.textLocale)}>
      <h3>
        <Link href={`/angebote/${hit.slug}`}>
          <HighlightedText segments={hit.highlight.title} />
        </Link>
      </h3>
      <p>
        <HighlightedText segments={hit.highlight.summary} />
      </p>
      <OfferFacts
        organisationName={hit.organisation.name}
        where={where}
        distanceKm={hit.distanceKm}
        languages={hit.languages}
        availability={hit.availability}
        isFree={hit.free}
        isStale={hit.isStale}
      />
    </article>
  );
}
