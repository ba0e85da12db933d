import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { OrganisationProfileView } from "@/components/organisation-profile-view";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { getOrganisationReview } from "@/lib/review/organisation-review";
import { REVIEW_ERROR_PARAM, ReviewErrorSchema } from "@/lib/review/review-errors";
import { recordIdSchema } from "@/lib/validation/fields";
import type { SearchParams } from "@/lib/validation/page-params";
import { decideOrganisationAction } from "../../../actions";
import { DecisionForms } from "../../../_components/decision-forms";

type Props = { params: Promise<{ locale: string; organisationId: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Review" });
  return { title: t("organisationReviewTitle"), robots: { index: false } };
}

/** A new or changed organisation as the public will see it, the identity change, and the decision. */
export default async function OrganisationReviewPage({ params, searchParams }: Props) {
  const { locale, organisationId } = await params;
  setRequestLocale(locale);
  const id = recordIdSchema.safeParse(organisationId).data;
  const actor = await getPageActor(locale, id ? `/verwaltung/pruefung/organisationen/${id}` : "/verwaltung");
  if (!id || !can(actor, "review:decide")) notFound();
  const review = await getOrganisationReview(actor, id);
  if (!review) notFound();
  const error = ReviewErrorSchema.parse((await searchParams)[REVIEW_ERROR_PARAM]);
  const t = await getTranslations("Review");
  const format = await getFormatter();
  const hasIdentityChange = review.identityChanges.length > 0;
  return (
    <>
      <p>
        <Link href="/verwaltung">{t("backToQueue")}</Link>
      </p>
      <div className="notice">
        <p>
          <strong>{t(`organisationStage.${review.stage}`)}</strong>
          {review.waitingSince
            ? ` · ${t("waitingSince", { date: format.dateTime(review.waitingSince, { dateStyle: "medium" }) })}`
            : null}
        </p>
        {review.stage === "new" ? <p>{t("registeredBy", { emails: review.registeredBy.join(", ") || "—" })}</p> : null}
        <p>{t("previewOrganisation")}</p>
        {review.stage !== "none" ? (
          <p>
            <a href={hasIdentityChange ? "#aenderungen" : "#entscheidung"}>
              {hasIdentityChange ? t("jumpToChanges") : t("jumpToDecision")}
            </a>
          </p>
        ) : null}
      </div>

      <OrganisationProfileView organisation={review.preview} locale={locale} />

      {hasIdentityChange ? (
        <section aria-labelledby="changes-heading" id="aenderungen">
          <h2 id="changes-heading">{t("identityCaption")}</h2>
          <p className="hint">{t("organisationChangesHint")}</p>
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
                {review.identityChanges.map((change) => (
                  <tr key={change.field}>
                    <th scope="row">{t(`identityFields.${change.field}`)}</th>
                    <td className="identity-diff__value">
                      <del>{change.published}</del>
                    </td>
                    <td className="identity-diff__value">
                      <ins>{change.proposed}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      ) : null}
      {review.descriptionChanged ? <p>{t("descriptionChangedLive")}</p> : null}

      {review.stage === "new" ? (
        <DecisionForms
          action={decideOrganisationAction}
          target={{ name: "organisationId", value: review.id }}
          approve={[{ decision: "approve", label: t("approve") }]}
          reject={{ decision: "reject", label: t("rejectSubmit") }}
          error={error}
        />
      ) : review.stage === "changes" ? (
        <DecisionForms
          action={decideOrganisationAction}
          target={{ name: "organisationId", value: review.id }}
          approve={[
            ...(hasIdentityChange ? [{ decision: "approveIdentityChange", label: t("approveChange") }] : []),
            ...(review.descriptionChanged
              ? [{ decision: "descriptionLookDone", label: t("descriptionLookDone") }]
              : []),
          ]}
          reject={hasIdentityChange ? { decision: "rejectIdentityChange", label: t("rejectChangeSubmit") } : null}
          error={error}
        />
      ) : null}
    </>
  );
}
