import { getTranslations } from "next-intl/server";
import { LanguageNames } from "@/components/language-names";
import { Link } from "@/lib/i18n/navigation";
import { toOrganisationKind } from "@/lib/organisations/organisation-kinds";
import type { OrganisationProfile } from "@/lib/organisations/queries";

/** An organisation's profile as the public sees it: its page, and the admins' preview before they approve it. */
export async function OrganisationProfileView({
  organisation,
  locale,
}: {
  organisation: Omit<OrganisationProfile, "isClaimable">;
  locale: string;
}) {
  const t = await getTranslations();
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
    </>
  );
}
