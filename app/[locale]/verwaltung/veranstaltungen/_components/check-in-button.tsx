"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useErrorText } from "@/components/forms/field-errors";
import type { ActionResult } from "@/lib/result";

type Props = {
  /** Sets the state this button shows as the opposite of `checkedIn` (bound on the page). */
  action: (previous: ActionResult<null> | null) => Promise<ActionResult<null>>;
  checkedIn: boolean;
  personName: string;
};

/**
 * A toggle button per attendee: pressed means "has arrived". It sends the state it wants, not "toggle", so a
 * double tap or two people at the door cannot undo each other's check-in by accident.
 */
export function CheckInButton({ action, checkedIn, personName }: Props) {
  const t = useTranslations("EventAdmin.checkIn");
  const errorText = useErrorText();
  const [result, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="check-in-button">
      <button
        type="submit"
        className={`button ${checkedIn ? "" : "button--secondary"}`}
        aria-pressed={checkedIn}
        disabled={pending}
      >
        <span aria-hidden="true">{checkedIn ? "☑" : "☐"} </span>
        {t("arrived")}
        <span className="visually-hidden">: {personName}</span>
      </button>
      <span role="status">
        {result && !result.ok ? <span className="field-error">{errorText(result.message, "action")}</span> : null}
      </span>
    </form>
  );
}
