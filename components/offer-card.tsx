import { textDirection } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import { OfferFacts } from "@/components/offer-facts";
import { Link } from "@/lib/i18n/navigation";
import type { OfferCard as OfferCardData } from "@/lib/offers/queries";

export async function OfferCard({ offer, headingLevel = 3 }: { offer: OfferCardData; headingLevel?: 2 | 3 }) {
  const t = await getTranslations();
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
      <OfferFacts
        organisationName={offer.organisation.name}
        where={where}
        languages={offer.languages}
        availability={offer.availability}
        isFree={offer.costKind === "free"}
        isStale={offer.isStale}
        isDemo={offer.isDemo}
      />
    </article>
  );
}
