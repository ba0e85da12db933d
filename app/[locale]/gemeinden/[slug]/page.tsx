import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { OfferList } from "@/components/offer-list";
import { Link } from "@/lib/i18n/navigation";
import { findMunicipalityProfile } from "@/lib/municipalities/queries";
import { listOfferCards } from "@/lib/offers/queries";
import { parsePageParam, parseSlug, type SearchParams } from "@/lib/validation/page-params";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: SearchParams };

async function loadMunicipality(params: Props["params"]) {
  const { locale, slug } = await params;
  const validSlug = parseSlug(slug);
  const municipality = validSlug ? await findMunicipalityProfile(validSlug) : null;
  if (!municipality) notFound();
  return { locale, municipality };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { municipality } = await loadMunicipality(params);
  return { title: municipality.name };
}

export default async function MunicipalityPage({ params, searchParams }: Props) {
  const { locale, municipality } = await loadMunicipality(params);
  setRequestLocale(locale);
  const t = await getTranslations("MunicipalityPage");
  const format = await getFormatter();
  const page = parsePageParam((await searchParams).page);
  const offers = await listOfferCards({ municipalityId: municipality.id }, { locale, page });

  return (
    <>
      <h1>{municipality.name}</h1>
      <p>
        {t("kind", { kind: municipality.kind })} ·{" "}
        {t("population", {
          population: format.number(municipality.population),
          date: format.dateTime(new Date(municipality.populationDate), { dateStyle: "medium" }),
        })}{" "}
        · {t("postcodes", { postcodes: municipality.postcodes.join(", ") })}
      </p>

      <section aria-labelledby="offers-heading">
        <h2 id="offers-heading">{t("offers", { name: municipality.name })}</h2>
        <OfferList result={offers} pathname={`/gemeinden/${municipality.slug}`} />
      </section>

      <section aria-labelledby="organisations-heading">
        <h2 id="organisations-heading">{t("organisations", { name: municipality.name })}</h2>
        {municipality.organisations.length === 0 ? (
          <p>{t("noOrganisations")}</p>
        ) : (
          <ul>
            {municipality.organisations.map((organisation) => (
              <li key={organisation.slug}>
                <Link href={`/organisationen/${organisation.slug}`}>{organisation.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
