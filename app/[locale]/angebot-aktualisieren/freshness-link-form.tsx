"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FreshnessLinkState } from "@/lib/freshness/freshness-links";
import { Link } from "@/lib/i18n/navigation";

type Props = { initial: FreshnessLinkState; action: () => Promise<FreshnessLinkState> };

/** Shows what the link will do and does it on a button press; then says what happened. */
export function FreshnessLinkForm({ initial, action }: Props) {
  const t = useTranslations("FreshnessLink");
  const tAvailability = useTranslations("Availability");
  const format = useFormatter();
  const [state, formAction, pending] = useActionState(action, initial);
  if (!("action" in state)) return <p className="notice notice--alert">{t(state.status)}</p>;
  const what =
    state.action.kind === "confirm"
      ? t("confirmWhat", { offer: state.offer.title })
      : t("availabilityWhat", { offer: state.offer.title, availability: tAvailability(state.action.availability) });
  return (
    <>
      <p>{what}</p>
      {state.status === "ready" ? (
        <form action={formAction}>
          <button type="submit" className="button" disabled={pending}>
            {state.action.kind === "confirm" ? t("confirmButton") : t("availabilityButton")}
          </button>
        </form>
      ) : state.status === "superseded" ? (
        <p className="notice" role="status">
          {t("superseded")}
        </p>
      ) : (
        <p className="notice notice--ok" role="status">
          {state.status === "done"
            ? t("done")
            : t("used", { date: format.dateTime(new Date(state.offer.lastConfirmedAt), { dateStyle: "medium" }) })}
        </p>
      )}
      <p>
        <Link href={`/angebote/${state.offer.slug}`}>{t("viewOffer")}</Link>
      </p>
    </>
  );
}
