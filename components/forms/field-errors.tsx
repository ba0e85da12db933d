"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext } from "react";
import type { ErrorMessage } from "@/lib/result";

/** Translates an error key of the "Errors" namespace (field keys live under Errors.fields). */
export function useErrorText() {
  const t = useTranslations("Errors");
  return (message: ErrorMessage, scope: "field" | "action" = "field"): string => {
    const key = scope === "field" ? `fields.${message.key}` : message.key;
    return t.has(key) ? t(key, message.values) : scope === "field" ? t("fields.invalid") : t("unexpected");
  };
}

/** Forms that appear several times on a page (one per queue item) give their fields a prefix of their own. */
export const FieldIdPrefix = createContext("field");

/** Element ids of a form's fields, their hints and errors, and the ARIA attributes that tie them together. */
export function useFieldIds() {
  const prefix = useContext(FieldIdPrefix);
  const id = (name: string) => `${prefix}-${name.replace(/[^a-zA-Z0-9-]/g, "-")}`;
  return {
    id,
    describedBy: (name: string, errors: Record<string, ErrorMessage[]>, hasHint = false) => {
      const ids = [hasHint ? `${id(name)}-hint` : null, errors[name] ? `${id(name)}-error` : null].filter(Boolean);
      return {
        id: id(name),
        "aria-invalid": errors[name] ? true : undefined,
        "aria-describedby": ids.length > 0 ? ids.join(" ") : undefined,
      } as const;
    },
  };
}

export function FieldError({ name, errors }: { name: string; errors: Record<string, ErrorMessage[]> }) {
  const errorText = useErrorText();
  const { id } = useFieldIds();
  const messages = errors[name];
  if (!messages || messages.length === 0) return null;
  return (
    <p className="field-error" id={`${id(name)}-error`}>
      {messages.map((message) => errorText(message)).join(" ")}
    </p>
  );
}
