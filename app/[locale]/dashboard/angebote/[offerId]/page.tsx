import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { getPageActor } from "@/lib/auth/page-actor";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { languageName } from "@/lib/i18n/language-names";
import { getOfferForEdit } from "@/lib/offers/edit-queries";
import { getFormOptions } from "@/lib/offers/form-options";
import { DomainError } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";
import { OfferForm } from "../../_components/offer-form";
import { changeOfferStatusAction, duplicateOfferAction, updateOfferAction } from "../actions";

type Props = { params: Promise<{ locale: string; offerId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "OfferForm" });
  return { title: t("editTitle") };
}

export default async function EditOfferPage({ params }: Props) {
  const { locale, offerId } = await params;
  setRequestLocale(locale);
  if (!recordIdSchema.safeParse(offerId).success) notFound();
  const actor = await getPageActor(locale, `/dashboard/angebote/${offerId}`);
  const offer = await getOfferForEdit(actor, offerId).catch((error: unknown) => {
    if (error instanceof DomainError) notFound();
    throw error;
  });
  const t = await getTranslations("OfferForm");
  const tStatus = await getTranslations("OfferStatus");
  return (
    <div className="narrow">
      <p>
        <Link href={`/dashboard/organisationen/${offer.organisation.slug}`}>
          {t("back", { organisation: offer.organisation.name })}
        </Link>
      </p>
      <h1>{offer.values.title}</h1>
      <p className="badges">
        <span className="badge">{tStatus(offer.status as "draft")}</span>
        {offer.hasSecondLook ? <span className="badge badge--warning">{t("secondLookBadge")}</span> : null}
      </p>
      <p className="hint">{t(`statusExplanation.${offer.status as "draft"}`)}</p>
      {offer.rejectionReason && offer.status === "draft" ? (
        <p className="notice notice--alert">{t("rejectedBecause", { reason: offer.rejectionReason })}</p>
      ) : null}
      <div className="button-row">
        {offer.status === "draft" ? (
          <ActionButton
            action={changeOfferStatusAction.bind(null, offer.id, "submit")}
            label={t("submit")}
            variant="primary"
            done={t("submitted")}
          />
        ) : null}
        {offer.status === "published" ? <Link href={`/angebote/${offer.slug}`}>{t("viewPublic")}</Link> : null}
        <ActionButton action={duplicateOfferAction.bind(null, offer.id)} label={t("duplicate")} />
        {offer.status === "archived" ? (
          <ActionButton
            action={changeOfferStatusAction.bind(null, offer.id, "restore")}
            label={t("restore")}
            done={t("restored")}
          />
        ) : (
          <ActionButton
            action={changeOfferStatusAction.bind(null, offer.id, "archive")}
            label={t("archive")}
            variant="danger"
            confirm={t("archiveConfirm")}
            done={t("archived")}
          />
        )}
      </div>

      <section aria-labelledby="translations-heading">
        <h2 id="translations-heading">{t("translations")}</h2>
        <p className="hint">{t("translationsHint")}</p>
        <ul className="translation-list">
          {offer.translations.map((translation) => (
            <li key={translation.locale}>
              <Link href={`/dashboard/angebote/${offer.id}/uebersetzungen/${translation.locale}`}>
                {languageName(translation.locale, locale).name}
              </Link>{" "}
              {translation.exists ? (
                <>
                  <span className="badge">{t(`origin.${translation.origin as "author"}`)}</span>
                  <span className={`badge ${translation.isReviewed ? "badge--ok" : ""}`}>
                    {translation.isReviewed ? t("reviewed") : t("notReviewed")}
                  </span>
                  {translation.isOutdated ? <span className="badge badge--alert">{t("outdated")}</span> : null}
                </>
              ) : (
                <span className="muted">{t("missing")}</span>
              )}
            </li>
          ))}
        </ul>
      </section>

      {offer.status === "archived" ? null : (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">{t("editHeading")}</h2>
          <OfferForm
            action={updateOfferAction.bind(null, offer.id)}
            values={offer.values}
            options={getFormOptions(locale)}
            hasTiles={Boolean(env.NEXT_PUBLIC_TILE_URL)}
            submitLabel={t("save")}
          />
        </section>
      )}
    </div>
  );
}
