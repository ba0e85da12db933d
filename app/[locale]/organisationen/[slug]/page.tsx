import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganisationProfileView } from "@/components/organisation-profile-view";
import { OfferList } from "@/components/offer-list";
import { Link } from "@/lib/i18n/navigation";
import { listOfferCards } from "@/lib/offers/queries";
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
      <OrganisationProfileView organisation={organisation} locale={locale} />
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
