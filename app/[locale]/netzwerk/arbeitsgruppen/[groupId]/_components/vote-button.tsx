"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { useErrorText } from "@/components/forms/field-errors";
import type { ActionResult } from "@/lib/result";

type Props = {
  action: (
    previous: ActionResult<{ voted: boolean; voteCount: number }> | null,
    formData: FormData,
  ) => Promise<ActionResult<{ voted: boolean; voteCount: number }>>;
  hasVoted: boolean;
  voteCount: number;
};

/**
 * A toggle button (aria-pressed). It sends the state it asks for rather than "flip", so a double click or a
 * slow answer never counts twice; the page re-renders with the new count after the action.
 */
export function VoteButton({ action, hasVoted, voteCount }: Props) {
  const t = useTranslations("WorkingGroups");
  const errorText = useErrorText();
  const [result, formAction, pending] = useActionState(action, null);
  const countId = useId();
  return (
    <form action={formAction} className="vote-form">
      {hasVoted ? null : <input type="hidden" name="voted" value="on" />}
      <button
        type="submit"
        className="button button--secondary vote-button"
        aria-pressed={hasVoted}
        aria-describedby={countId}
        aria-busy={pending || undefined}
      >
        {t("support")}
      </button>
      <span id={countId} className="vote-count">
        {t("supporters", { count: voteCount })}
      </span>
      <span role="status">
        {result && !result.ok ? <span className="field-error">{errorText(result.message, "action")}</span> : null}
      </span>
    </form>
  );
}
