"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useErrorText } from "@/components/forms/field-errors";
import type { ActionResult } from "@/lib/result";

type Props<T> = {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  label: string;
  /** Extra fields sent with the button (e.g. the member's id). */
  fields?: Record<string, string>;
  variant?: "primary" | "secondary" | "danger";
  /** Asks before acting, for what cannot be undone by a click. */
  confirm?: string;
  done?: string;
};

/** One button that runs one server action and says what happened, in place. */
export function ActionButton<T>({ action, label, fields = {}, variant = "secondary", confirm, done }: Props<T>) {
  const t = useTranslations("Forms");
  const errorText = useErrorText();
  const [result, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className="action-button"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={`button button--${variant}`} disabled={pending}>
        {pending ? t("working") : label}
      </button>
      <span role="status" className="action-button__status">
        {result && !result.ok ? <span className="field-error">{errorText(result.message, "action")}</span> : null}
        {result?.ok && done ? done : null}
      </span>
    </form>
  );
}
