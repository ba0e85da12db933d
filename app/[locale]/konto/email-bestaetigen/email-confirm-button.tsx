"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmEmailChangeAction } from "./actions";

export function EmailConfirmButton({ token }: { token: string }) {
  const t = useTranslations("Account");
  const [outcome, formAction, pending] = useActionState(() => confirmEmailChangeAction(token), null);
  if (outcome)
    return (
      <p className={`notice ${outcome === "done" ? "notice--ok" : "notice--alert"}`} role="status">
        {t(`emailChangeOutcome.${outcome}`)}
      </p>
    );
  return (
    <form action={formAction}>
      <button type="submit" className="button" disabled={pending}>
        {t("confirmEmailButton")}
      </button>
    </form>
  );
}
