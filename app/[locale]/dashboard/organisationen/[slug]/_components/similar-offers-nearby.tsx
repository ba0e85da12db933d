import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { SimilarOfferNearby } from "@/lib/offers/similar-offers-nearby";

/** Offers of other organisations on the same topics nearby, each with its reasons in words. */
export async function SimilarOffersNearby({ offers, locale }: { offers: SimilarOfferNearby[]; locale: string }) {
  const t = await getTranslations("Matchmaking.similarOffers");
  return (
    <section aria-labelledby="similar-offers-heading">
      <h2 id="similar-offers-heading">{t("title")}</h2>
      <p className="hint">{t("intro")}</p>
      {offers.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul>
          {offers.map((offer) => (
            <li key={offer.slug}>
              <Link
                href={`/angebote/${offer.slug}`}
                lang={offer.titleLocale !== locale ? offer.titleLocale : undefined}
              >
                {offer.title}
              </Link>{" "}
              <span className="muted">{t("by", { organisation: offer.organisation.name })}</span>
              <ul>
                {offer.reasons.map((reason) => (
                  <li key={reason.key}>{t(`reasons.${reason.key}`, reason.values)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
