"use client";

import { useTranslations } from "next-intl";
import { FieldIdPrefix } from "@/components/forms/field-errors";
import { TextAreaField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import { ReportInputSchema } from "@/lib/network/schemas";

/** A report to the admins, inside <details> so it does not crowd the profile. */
export function ReportForm({ action, name }: { action: FormAction<null>; name: string }) {
  const t = useTranslations("Network.person");
  const form = useSchemaForm(ReportInputSchema, action);
  return (
    <FieldIdPrefix.Provider value="report">
      <details className="network-details">
        <summary>{t("report", { name })}</summary>
        {form.result?.ok ? (
          <p className="notice notice--ok" role="status">
            {t("reported")}
          </p>
        ) : (
          <SchemaForm form={form} className="form">
            <FormStatus {...form} labels={{ reason: t("reportReason") }} />
            <TextAreaField
              name="reason"
              label={t("reportReason")}
              hint={t("reportHint")}
              errors={form.fieldErrors}
              required
              rows={4}
              dir="auto"
            />
            <button type="submit" className="button button--danger" disabled={form.pending}>
              {t("sendReport", { name })}
            </button>
          </SchemaForm>
        )}
      </details>
    </FieldIdPrefix.Provider>
  );
}
