import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { FilterSelect } from "@/components/forms/filter-select";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { organisationKinds } from "@/lib/organisations/organisation-kinds";
import { getRegion } from "@/lib/region/region";
import { getReviewQueue, ReviewFilterSchema, reviewSections } from "@/lib/review/review-queue";
import type { SearchParams } from "@/lib/validation/page-params";
import { approveAction, rejectAction } from "./actions";
import { RejectForm } from "./_components/reject-form";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Review" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ReviewQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/verwaltung");
  if (!can(actor, "review:decide")) notFound();
  const filter = ReviewFilterSchema.parse(await searchParams);
  const queue = await getReviewQueue(actor, filter);
  const t = await getTranslations("Review");
  const tKind = await getTranslations("OrganisationKind");
  const format = await getFormatter();
  const waitingSince = (value: Date) => t("waitingSince", { date: format.dateTime(value, { dateStyle: "medium" }) });
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        <Link href="/verwaltung/uebersicht">{t("overviewLink")}</Link> ·{" "}
        <Link href="/verwaltung/protokoll">{t("auditLink")}</Link> ·{" "}
        <Link href="/verwaltung/veranstaltungen">{t("eventsLink")}</Link> ·{" "}
        <Link href="/verwaltung/meldungen">{t("reportsLink")}</Link> ·{" "}
        <Link href="/verwaltung/rueckmeldungen">{t("feedbackLink")}</Link> ·{" "}
        <Link href="/verwaltung/import">{t("importLink")}</Link> ·{" "}
        <Link href="/verwaltung/umfragen">{(await getTranslations("SurveyAdmin"))("adminLink")}</Link>
      </p>
      <form className="filter-form" method="get">
        <div className="form-row">
          <FilterSelect
            id="filter-section"
            name="section"
            label={t("filterSection")}
            all={t("all")}
            options={reviewSections.map((section) => ({ value: section, label: t(`sections.${section}`) }))}
            value={filter.section}
          />
          <FilterSelect
            id="filter-municipality"
            name="municipality"
            label={t("filterMunicipality")}
            all={t("all")}
            options={getRegion().municipalities.map((m) => ({ value: m.slug, label: m.name }))}
            value={filter.municipality}
          />
          <FilterSelect
            id="filter-kind"
            name="kind"
            label={t("filterKind")}
            all={t("all")}
            options={organisationKinds.map((kind) => ({ value: kind, label: tKind(kind) }))}
            value={filter.kind}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t("applyFilters")}
        </button>
      </form>

      <section aria-labelledby="review-organisations">
        <h2 id="review-organisations">
          {t("sections.organisations")} ({queue.organisations.length})
        </h2>
        {queue.organisations.length === 0 ? <p className="muted">{t("nothing")}</p> : null}
        {queue.organisations.map((organisation) => (
          <article key={organisation.id} className="card review-item">
            <h3>
              <Link href={`/verwaltung/pruefung/organisationen/${organisation.id}`}>{organisation.name}</Link>
            </h3>
            <p className="meta">
              {tKind(organisation.kind as "other")} · {organisation.municipality.name} ·{" "}
              {waitingSince(organisation.createdAt)}
            </p>
            <p>{t("registeredBy", { emails: organisation.memberships.map((m) => m.user.email).join(", ") || "—" })}</p>
            <div className="button-row">
              <ActionButton
                action={approveAction.bind(null, "organisation", organisation.id)}
                label={t("approve")}
                variant="primary"
                done={t("approved")}
              />
              <RejectForm action={rejectAction.bind(null, "organisation", organisation.id)} label={t("reject")} />
            </div>
          </article>
        ))}
      </section>

      <section aria-labelledby="review-organisationChanges">
        <h2 id="review-organisationChanges">
          {t("sections.organisationChanges")} ({queue.organisationChanges.length})
        </h2>
        <p className="hint">{t("organisationChangesHint")}</p>
        {queue.organisationChanges.length === 0 ? <p className="muted">{t("nothing")}</p> : null}
        {queue.organisationChanges.map((organisation) => (
          <article key={organisation.id} className="card review-item">
            <h3>
              <Link href={`/verwaltung/pruefung/organisationen/${organisation.id}`}>{organisation.name}</Link>
            </h3>
            <p className="meta">
              {organisation.municipality.name} · {waitingSince(organisation.since)} ·{" "}
              <Link href={`/organisationen/${organisation.slug}`}>{t("viewPublic")}</Link>
            </p>
            {organisation.identityChanges.length > 0 ? (
              <>
                <ScrollRegion label={t("identityCaption")}>
                  <table className="identity-diff">
                    <caption>{t("identityCaption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("identityField")}</th>
                        <th scope="col">{t("identityPublished")}</th>
                        <th scope="col">{t("identityProposed")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {organisation.identityChanges.map((change) => (
                        <tr key={change.field}>
                          <th scope="row">{t(`identityFields.${change.field}`)}</th>
                          <td className="identity-diff__value">{change.published}</td>
                          <td className="identity-diff__value">
                            <ins>{change.proposed}</ins>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
                <div className="button-row">
                  <ActionButton
                    action={approveAction.bind(null, "identityChange", organisation.id)}
                    label={t("approveChange")}
                    variant="primary"
                    done={t("approved")}
                  />
                  <RejectForm action={rejectAction.bind(null, "identityChange", organisation.id)} label={t("reject")} />
                </div>
              </>
            ) : null}
            {organisation.descriptionChanged ? (
              <>
                <p>{t("descriptionChanged")}</p>
                <blockquote className="review-item__description">{organisation.description}</blockquote>
                <div className="button-row">
                  <ActionButton
                    action={approveAction.bind(null, "organisationSecondLook", organisation.id)}
                    label={t("secondLookDone")}
                    variant="secondary"
                    done={t("approved")}
                  />
                </div>
              </>
            ) : null}
          </article>
        ))}
      </section>

      <section aria-labelledby="review-claims">
        <h2 id="review-claims">
          {t("sections.claims")} ({queue.claims.length})
        </h2>
        {queue.claims.length === 0 ? <p className="muted">{t("nothing")}</p> : null}
        {queue.claims.map((claim) => (
          <article key={claim.id} className="card review-item">
            <h3>{claim.organisation.name}</h3>
            <p className="meta">
              {claim.user.email} · {waitingSince(claim.createdAt)}
            </p>
            {claim.message ? <blockquote>{claim.message}</blockquote> : null}
            <div className="button-row">
              <ActionButton
                action={approveAction.bind(null, "claim", claim.id)}
                label={t("approve")}
                variant="primary"
                done={t("approved")}
              />
              <RejectForm action={rejectAction.bind(null, "claim", claim.id)} label={t("reject")} />
            </div>
          </article>
        ))}
      </section>

      {(["offers", "secondLooks"] as const).map((section) => (
        <section key={section} aria-labelledby={`review-${section}`}>
          <h2 id={`review-${section}`}>
            {t(`sections.${section}`)} ({queue[section].length})
          </h2>
          {section === "secondLooks" ? <p className="hint">{t("secondLookHint")}</p> : null}
          {queue[section].length === 0 ? <p className="muted">{t("nothing")}</p> : null}
          {queue[section].map((offer) => (
            <article key={offer.id} className="card review-item">
              <h3>
                <Link href={`/verwaltung/pruefung/angebote/${offer.id}`}>{offer.title}</Link>
              </h3>
              <p className="meta">
                {offer.organisation.name}
                {offer.organisation.status !== "approved" ? ` · ${t("organisationPending")}` : ""} ·{" "}
                {waitingSince(offer.waitingSince)}
              </p>
              <p>{offer.summary}</p>
              {section === "secondLooks" ? (
                <p>
                  <Link href={`/angebote/${offer.slug}`}>{t("viewPublic")}</Link>
                </p>
              ) : null}
              <div className="button-row">
                <ActionButton
                  action={approveAction.bind(null, section === "offers" ? "offer" : "secondLook", offer.id)}
                  label={section === "offers" ? t("publish") : t("secondLookDone")}
                  variant="primary"
                  done={t("approved")}
                />
                <RejectForm
                  action={rejectAction.bind(null, "offer", offer.id)}
                  label={section === "offers" ? t("reject") : t("unpublish")}
                />
              </div>
            </article>
          ))}
        </section>
      ))}

      <section aria-labelledby="review-ownerless">
        <h2 id="review-ownerless">
          {t("sections.ownerless")} ({queue.ownerless.length})
        </h2>
        {queue.ownerless.length === 0 ? <p className="muted">{t("nothing")}</p> : null}
        <ul>
          {queue.ownerless.map((organisation) => (
            <li key={organisation.id}>
              <Link href={`/dashboard/organisationen/${organisation.slug}`}>{organisation.name}</Link> ·{" "}
              {waitingSince(organisation.ownerlessSince!)}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
