"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useErrorText } from "@/components/forms/field-errors";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import { Link } from "@/lib/i18n/navigation";
import { availabilityValues } from "@/lib/offers/availability";
import type { DashboardOffer } from "@/lib/organisations/dashboard-queries";
import type { ActionResult } from "@/lib/result";
import { OfferIdListSchema } from "@/lib/offers/schemas";
import { ScrollRegion } from "@/components/ui/scroll-region";

type AvailabilityAction = (
  previous: ActionResult<{ id: string } | null> | null,
  formData: FormData,
) => Promise<ActionResult<{ id: string } | null>>;

function AvailabilityForm({ offer, action }: { offer: DashboardOffer; action: AvailabilityAction }) {
  const t = useTranslations("OrganisationDashboard");
  const tAvailability = useTranslations("Availability");
  const errorText = useErrorText();
  const [result, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-form">
      <label className="visually-hidden" htmlFor={`availability-${offer.id}`}>
        {t("availabilityFor", { offer: offer.title })}
      </label>
      <select id={`availability-${offer.id}`} name="availability" defaultValue={offer.availability}>
        {availabilityValues.map((value) => (
          <option key={value} value={value}>
            {tAvailability(value)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--secondary" disabled={pending}>
        {t("setAvailability")}
      </button>
      <span role="status">
        {result?.ok ? (
          t("availabilitySaved")
        ) : result ? (
          <span className="field-error">{errorText(result.message, "action")}</span>
        ) : null}
      </span>
    </form>
  );
}

type Props = {
  offers: DashboardOffer[];
  confirmAction: FormAction<{ count: number }>;
  availabilityActions: Record<string, AvailabilityAction>;
};

/** The organisation's offers with status, freshness and places; tick several and confirm them at once. */
export function OfferTable({ offers, confirmAction, availabilityActions }: Props) {
  const t = useTranslations("OrganisationDashboard");
  const tStatus = useTranslations("OfferStatus");
  const format = useFormatter();
  const form = useSchemaForm(OfferIdListSchema, confirmAction);
  const confirmable = offers.filter((offer) => offer.status !== "archived");
  return (
    <>
      <SchemaForm form={form} id="confirm-offers">
        <FormStatus {...form} success={form.result?.ok ? t("confirmed", { count: form.result.data.count }) : null} />
      </SchemaForm>
      <ScrollRegion label={t("offersCaption")}>
        <table className="data-table">
          <caption className="visually-hidden">{t("offersCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("select")}</th>
              <th scope="col">{t("offer")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("lastConfirmed")}</th>
              <th scope="col">{t("availability")}</th>
            </tr>
          </thead>
          <tbody>
            {offers.map((offer) => (
              <tr key={offer.id}>
                <td>
                  {offer.status === "archived" ? null : (
                    <input
                      type="checkbox"
                      name="offerIds[]"
                      value={offer.id}
                      form="confirm-offers"
                      aria-label={t("selectOffer", { offer: offer.title })}
                    />
                  )}
                </td>
                <th scope="row">
                  <Link href={`/dashboard/angebote/${offer.id}`}>{offer.title}</Link>
                  {offer.rejectionReason && offer.status === "draft" ? (
                    <p className="field-error">{t("rejectedBecause", { reason: offer.rejectionReason })}</p>
                  ) : null}
                </th>
                <td>
                  <span className="badge">{tStatus(offer.status as "draft")}</span>
                  {offer.hasSecondLook ? <span className="badge badge--warning">{t("secondLook")}</span> : null}
                </td>
                <td>
                  <time dateTime={offer.lastConfirmedAt}>
                    {format.dateTime(new Date(offer.lastConfirmedAt), { dateStyle: "medium" })}
                  </time>
                  {offer.isStale ? <span className="badge badge--alert">{t("stale")}</span> : null}
                </td>
                <td>
                  {offer.status === "archived" ? null : (
                    <AvailabilityForm offer={offer} action={availabilityActions[offer.id]!} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {confirmable.length > 0 ? (
        <button type="submit" form="confirm-offers" className="button" disabled={form.pending}>
          {t("confirmSelected")}
        </button>
      ) : null}
    </>
  );
}
