import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferCard } from "@/components/offer-card";
import { SearchForm } from "@/components/search-form";
import { Link } from "@/lib/i18n/navigation";
import { listMunicipalitiesWithOfferCounts } from "@/lib/municipalities/queries";
import { listNewestOffers } from "@/lib/offers/queries";
import { getRegion } from "@/lib/region/region";
import { listTopicsWithOfferCounts } from "@/lib/topics/queries";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const tMap = await getTranslations("Map");
  const tAtlas = await getTranslations("Atlas");
  const [topics, municipalities, newest] = await Promise.all([
    listTopicsWithOfferCounts(locale),
    listMunicipalitiesWithOfferCounts(),
    listNewestOffers(locale, 6),
  ]);

  return (
    <>
      <h1>{t("title", { region: getRegion().name })}</h1>
      <p>{t("intro")}</p>
      <SearchForm />
      <p>
        <Link href="/karte">{tMap("homeLink")}</Link>
      </p>
      <p>
        <Link href="/atlas">{tAtlas("homeLink")}</Link>
      </p>

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading">{t("topicsHeading")}</h2>
        <ul className="card-grid">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <Link className="topic-link" href={`/themen/${topic.slug}`}>
                <span>{topic.name}</span>
                <span className="muted">{t("offerCount", { count: topic.offerCount })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="municipalities-heading">
        <h2 id="municipalities-heading">{t("municipalitiesHeading")}</h2>
        <ul className="card-grid">
          {municipalities.map((municipality) => (
            <li key={municipality.slug}>
              <Link className="topic-link" href={`/gemeinden/${municipality.slug}`}>
                <span>{municipality.name}</span>
                <span className="muted">{t("offerCount", { count: municipality.offerCount })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="newest-heading">
        <h2 id="newest-heading">{t("newestHeading")}</h2>
        <ul className="card-grid">
          {newest.map((offer) => (
            <li key={offer.slug}>
              <OfferCard offer={offer} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
