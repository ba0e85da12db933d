"use client";

import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import { ClaimInputSchema } from "@/lib/organisations/schemas";

export function ClaimForm({ action }: { action: FormAction<null> }) {
  const t = useTranslations("Claim");
  const form = useSchemaForm(ClaimInputSchema, action);
  if (form.result?.ok)
    return (
      <p className="notice notice--ok" role="status">
        {t("requested")}
      </p>
    );
  return (
    <SchemaForm form={form} className="form">
      <FormStatus {...form} labels={{ message: t("message") }} />
      <TextAreaField name="message" label={t("message")} hint={t("messageHint")} errors={form.fieldErrors} rows={3} />
      <button type="submit" className="button" disabled={form.pending}>
        {t("submit")}
      </button>
    </SchemaForm>
  );
}
