import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { OfferDetailView } from "@/components/offer-detail-view";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { REVIEW_ERROR_PARAM, ReviewErrorSchema } from "@/lib/review/review-errors";
import { getOfferReview } from "@/lib/review/offer-review";
import { recordIdSchema } from "@/lib/validation/fields";
import type { SearchParams } from "@/lib/validation/page-params";
import { decideOfferAction } from "../../../actions";
import { DecisionForms } from "../../../_components/decision-forms";
import { OfferDiffTable } from "../../../_components/offer-diff-table";

type Props = { params: Promise<{ locale: string; offerId: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Review" });
  return { title: t("offerReviewTitle"), robots: { index: false } };
}

/** One queued offer as the public will see it, what changed (for an edit), and the decision, on one page. */
export default async function OfferReviewPage({ params, searchParams }: Props) {
  const { locale, offerId } = await params;
  setRequestLocale(locale);
  const id = recordIdSchema.safeParse(offerId).data;
  const actor = await getPageActor(locale, id ? `/verwaltung/pruefung/angebote/${id}` : "/verwaltung");
  if (!id || !can(actor, "review:decide")) notFound();
  const review = await getOfferReview(actor, id, locale);
  if (!review) notFound();
  const error = ReviewErrorSchema.parse((await searchParams)[REVIEW_ERROR_PARAM]);
  const t = await getTranslations("Review");
  const format = await getFormatter();
  const decidable = review.stage !== "none";
  return (
    <>
      <p>
        <Link href="/verwaltung">{t("backToQueue")}</Link>
      </p>
      <div className="notice">
        <p>
          <strong>{t(`stage.${review.stage}`)}</strong>
          {review.waitingSince
            ? ` · ${t("waitingSince", { date: format.dateTime(review.waitingSince, { dateStyle: "medium" }) })}`
            : null}
          {" · "}
          {review.organisation.name}
          {review.organisation.isApproved ? "" : ` (${t("organisationPending")})`}
        </p>
        <p>{review.stage === "secondLook" ? t("previewLive") : t("previewOffer")}</p>
        {decidable ? (
          <p>
            <a href={review.diff ? "#aenderungen" : "#entscheidung"}>
              {review.diff ? t("jumpToChanges") : t("jumpToDecision")}
            </a>
          </p>
        ) : (
          <p>
            <Link href={`/angebote/${review.slug}`}>{t("viewPublic")}</Link>
          </p>
        )}
      </div>

      <OfferDetailView offer={review.preview} locale={locale} preview />

      {review.diff ? (
        <section aria-labelledby="changes-heading" id="aenderungen">
          <h2 id="changes-heading">{t("diffHeading")}</h2>
          {review.diff.rows ? <OfferDiffTable rows={review.diff.rows} /> : <p>{t("noBaseline")}</p>}
        </section>
      ) : null}

      {decidable ? (
        <DecisionForms
          action={decideOfferAction}
          target={{ name: "offerId", value: review.id }}
          approve={[
            review.stage === "firstPublication"
              ? { decision: "publish", label: t("publish") }
              : { decision: "secondLookDone", label: t("secondLookDone") },
          ]}
          reject={
            review.stage === "firstPublication"
              ? { decision: "reject", label: t("rejectSubmit") }
              : { decision: "reject", label: t("unpublishSubmit") }
          }
          error={error}
        />
      ) : null}
    </>
  );
}
