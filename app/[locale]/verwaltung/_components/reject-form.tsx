"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FieldIdPrefix } from "@/components/forms/field-errors";
import { TextAreaField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import { RejectionInputSchema } from "@/lib/organisations/schemas";

/** A reason (mailed to the organisation) and the button; inside <details> so the queue stays short. */
export function RejectForm({ action, label }: { action: FormAction<null>; label: string }) {
  const t = useTranslations("Review");
  const form = useSchemaForm(RejectionInputSchema, action);
  const id = useId();
  return (
    <FieldIdPrefix.Provider value={`reject${id.replace(/[^a-zA-Z0-9]/g, "")}`}>
      <details className="reject-form">
        <summary>{label}</summary>
        <SchemaForm form={form} className="form" aria-labelledby={id}>
          <FormStatus {...form} labels={{ reason: t("reason") }} success={form.result?.ok ? t("rejected") : null} />
          <span id={id} className="visually-hidden">
            {label}
          </span>
          <TextAreaField
            name="reason"
            label={t("reason")}
            hint={t("reasonHint")}
            errors={form.fieldErrors}
            required
            rows={3}
          />
          <button type="submit" className="button button--danger" disabled={form.pending}>
            {label}
          </button>
        </SchemaForm>
      </details>
    </FieldIdPrefix.Provider>
  );
}
