import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPageActor } from "@/lib/auth/page-actor";
import { Link } from "@/lib/i18n/navigation";
import { listMyOrganisations } from "@/lib/organisations/dashboard-queries";
import { countOpenReviews } from "@/lib/review/review-queue";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Dashboard" });
  return { title: t("title") };
}

export default async function DashboardPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/dashboard");
  const t = await getTranslations("Dashboard");
  const organisations = await listMyOrganisations(actor);
  const openReviews = actor.isAdmin ? await countOpenReviews() : 0;
  return (
    <>
      <h1>{t("title")}</h1>
      {actor.isAdmin ? (
        <section className="notice" aria-labelledby="admin-heading">
          <h2 id="admin-heading">{t("adminHeading")}</h2>
          <p>
            <Link href="/verwaltung">{t("reviewQueue", { count: openReviews })}</Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="organisations-heading">
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
    </>
  );
}
