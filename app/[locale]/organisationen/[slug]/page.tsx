import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LanguageNames } from "@/components/language-names";
import { OfferList } from "@/components/offer-list";
import { Link } from "@/lib/i18n/navigation";
import { listOfferCards } from "@/lib/offers/queries";
import { toOrganisationKind } from "@/lib/organisations/organisation-kinds";
import { findOrganisationProfile } from "@/lib/organisations/queries";
import { getActor } from "@/lib/auth/session";
import { requestClaimAction } from "@/app/[locale]/dashboard/organisationen/actions";
import { ClaimForm } from "./_components/claim-form";
import { parsePageParam, parseSlug, type SearchParams } from "@/lib/validation/page-params";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: SearchParams };

async function loadOrganisation(params: Props["params"]) {
  const { locale, slug } = await params;
  const validSlug = parseSlug(slug);
  const organisation = validSlug ? await findOrganisationProfile(validSlug) : null;
  if (!organisation) notFound();
  return { locale, organisation };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organisation } = await loadOrganisation(params);
  return { title: organisation.name };
}

export default async function OrganisationPage({ params, searchParams }: Props) {
  const { locale, organisation } = await loadOrganisation(params);
  setRequestLocale(locale);
  const t = await getTranslations();
  const actor = organisation.isClaimable ? await getActor() : null;
  const page = parsePageParam((await searchParams).page);
  const offers = await listOfferCards({ organisationId: organisation.id }, { locale, page });

  return (
    <>
      <h1>{organisation.name}</h1>
      <ul className="badges">
        {organisation.isVerified && (
          <li>
            <span className="badge badge--ok">{t("OrganisationPage.verified")}</span>
          </li>
        )}
        {organisation.isDemo && (
          <li>
            <span className="badge">{t("Layout.demoBadge")}</span>
          </li>
        )}
      </ul>
      <div className="two-columns">
        <p lang="de" dir="ltr">
          {organisation.description}
        </p>
        <dl className="facts">
          <dt>{t("OrganisationPage.kind")}</dt>
          <dd>{t(`OrganisationKind.${toOrganisationKind(organisation.kind)}`)}</dd>
          <dt>{t("OrganisationPage.address")}</dt>
          <dd>
            {[organisation.street, organisation.postcode].filter(Boolean).join(", ")}{" "}
            <Link href={`/gemeinden/${organisation.municipality.slug}`}>{organisation.municipality.name}</Link>
          </dd>
          {organisation.contactName && (
            <>
              <dt>{t("OfferPage.contactPerson")}</dt>
              <dd>{organisation.contactName}</dd>
            </>
          )}
          {organisation.email && (
            <>
              <dt>{t("OfferPage.email")}</dt>
              <dd>
                <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
              </dd>
            </>
          )}
          {organisation.phone && (
            <>
              <dt>{t("OfferPage.phone")}</dt>
              <dd dir="ltr">{organisation.phone}</dd>
            </>
          )}
          {organisation.website && (
            <>
              <dt>{t("OrganisationPage.website")}</dt>
              <dd>
                <a href={organisation.website} rel="noopener noreferrer">
                  {organisation.website.replace(/^https?:\/\//, "")}
                </a>
              </dd>
            </>
          )}
          <dt>{t("OrganisationPage.languages")}</dt>
          <dd>
            <LanguageNames codes={organisation.languages} locale={locale} />
          </dd>
        </dl>
      </div>
      <section aria-labelledby="offers-heading">
        <h2 id="offers-heading">{t("OrganisationPage.offers")}</h2>
        {offers.total === 0 ? (
          <p>{t("OrganisationPage.noOffers")}</p>
        ) : (
          <OfferList result={offers} pathname={`/organisationen/${organisation.slug}`} />
        )}
      </section>
      {organisation.isClaimable ? (
        <section aria-labelledby="claim-heading" className="card">
          <h2 id="claim-heading">{t("Claim.heading")}</h2>
          <p>{t("Claim.intro")}</p>
          {actor ? (
            <ClaimForm action={requestClaimAction.bind(null, organisation.id)} />
          ) : (
            <Link
              href={{ pathname: "/anmelden", query: { callbackUrl: `/${locale}/organisationen/${organisation.slug}` } }}
            >
              {t("Claim.signIn")}
            </Link>
          )}
        </section>
      ) : null}
    </>
  );
}
