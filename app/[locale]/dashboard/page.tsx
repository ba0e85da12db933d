import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AFTER_SIGN_IN_PARAM, homeFor, mySectionsFor, type MySection } from "@/lib/account/home-for";
import { loadMyRoles } from "@/lib/account/my-roles";
import { getPageActor } from "@/lib/auth/page-actor";
import { Link, redirect } from "@/lib/i18n/navigation";
import { listMyOrganisations } from "@/lib/organisations/dashboard-queries";
import { countOpenReviews } from "@/lib/review/review-queue";
import type { SearchParams } from "@/lib/validation/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Dashboard" });
  return { title: t("title") };
}

/** "Mein Bereich": one section per role the person has; right after sign-in, the place where they belong. */
export default async function DashboardPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/dashboard");
  const roles = await loadMyRoles(actor);
  // Only the sign-in link's return carries the marker: "Mein Bereich" in the header always shows this page.
  if ((await searchParams)[AFTER_SIGN_IN_PARAM] === "1") {
    const home = homeFor(roles);
    if (home !== "/dashboard") redirect({ href: home, locale });
  }
  const t = await getTranslations("Dashboard");
  const tSignIn = await getTranslations("SignIn");
  const format = await getFormatter();
  const [organisations, openReviews] = await Promise.all([
    listMyOrganisations(actor),
    actor.isAdmin ? countOpenReviews() : 0,
  ]);

  const sections: Record<MySection, ReactNode> = {
    administration: (
      <section key="administration" className="notice" aria-labelledby="admin-heading">
        <h2 id="admin-heading">{t("adminHeading")}</h2>
        <p>
          <Link href="/verwaltung">{t("reviewQueue", { count: openReviews })}</Link>
        </p>
      </section>
    ),
    organisations: (
      <section key="organisations" aria-labelledby="organisations-heading">
        <h2 id="organisations-heading">{t("myOrganisations")}</h2>
        {organisations.length === 0 ? <p>{t("noOrganisations")}</p> : null}
        <ul className="card-grid card-grid--list">
          {organisations.map((organisation) => (
            <li key={organisation.id} className="card">
              <h3>
                <Link href={`/dashboard/organisationen/${organisation.slug}`}>{organisation.name}</Link>
              </h3>
              <p className="badges">
                <span className={`badge ${organisation.status === "approved" ? "badge--ok" : "badge--warning"}`}>
                  {t(`organisationStatus.${organisation.status as "approved"}`)}
                </span>
                <span className="badge">{t(`role.${organisation.role}`)}</span>
              </p>
              <p>
                {t("offerCounts", {
                  offers: organisation.offerCount,
                  stale: organisation.staleCount,
                  inReview: organisation.inReviewCount,
                })}
              </p>
            </li>
          ))}
        </ul>
        <p className="button-row">
          <Link href="/dashboard/organisation-registrieren" className="button">
            {t("registerOrganisation")}
          </Link>
        </p>
        <p className="muted">{t("claimHint")}</p>
      </section>
    ),
    conference: (
      <section key="conference" aria-labelledby="conference-heading">
        <h2 id="conference-heading">{t("conferenceHeading")}</h2>
        <h3>{t("myRegistrations")}</h3>
        {roles.upcomingRegistrations.length === 0 ? (
          <p>{t("noRegistrations")}</p>
        ) : (
          <ul>
            {roles.upcomingRegistrations.map((registration) => (
              <li key={registration.eventSlug}>
                <Link href={`/veranstaltungen/${registration.eventSlug}`}>{registration.eventTitle}</Link>,{" "}
                {format.dateTime(registration.startsAt, { dateStyle: "long" })}{" "}
                <span className={`badge ${registration.status === "confirmed" ? "badge--ok" : "badge--warning"}`}>
                  {t(`registrationStatus.${registration.status}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <ul className="inline-list">
          <li>
            <Link href="/veranstaltungen">{t("allEvents")}</Link>
          </li>
          <li>
            <Link href="/netzwerk/profil">
              {roles.hasNetworkProfile ? t("networkProfile") : t("createNetworkProfile")}
            </Link>
          </li>
          <li>
            <Link href="/netzwerk">{t("network")}</Link>
          </li>
        </ul>
      </section>
    ),
  };

  return (
    <>
      <h1>{t("title")}</h1>
      {mySectionsFor(roles).map((section) => sections[section])}
      <p>
        <Link href="/konto">{tSignIn("account")}</Link>
      </p>
    </>
  );
}
