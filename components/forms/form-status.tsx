"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useErrorText, useFieldIds } from "@/components/forms/field-errors";
import type { ErrorMessage } from "@/lib/result";

type Props = {
  fieldErrors: Record<string, ErrorMessage[]>;
  failure: { message: ErrorMessage } | null;
  /** Changes on every submit, so the summary takes focus again after a second failed attempt. */
  submitCount: number;
  /** Names the fields in the summary; a field without a label is listed by its message alone. */
  labels?: Record<string, string>;
  success?: string | null;
};

/** The error summary at the top of a form (GOV.UK pattern): focused after a failed submit, links to each field. */
export function FormStatus({ fieldErrors, failure, submitCount, labels = {}, success }: Props) {
  const t = useTranslations("Forms");
  const errorText = useErrorText();
  const { id } = useFieldIds();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(fieldErrors);
  const hasErrors = entries.length > 0 || failure !== null;

  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors, submitCount]);

  if (!hasErrors)
    return success ? (
      <p className="notice notice--ok" role="status">
        {success}
      </p>
    ) : null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>{t("errorSummaryTitle")}</h2>
      {failure && failure.message.key !== "invalidInput" ? <p>{errorText(failure.message, "action")}</p> : null}
      {entries.length > 0 ? (
        <ul>
          {entries.map(([name, messages]) => (
            <li key={name}>
              <a href={`#${id(name)}`}>
                {labels[name] ? `${labels[name]}: ` : ""}
                {messages.map((message) => errorText(message)).join(" ")}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
