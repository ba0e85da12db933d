"use client";

import { useTranslations } from "next-intl";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { AccessibilityFeedbackInputSchema } from "@/lib/feedback/schemas";
import { submitAccessibilityFeedbackAction } from "./actions";

export function AccessibilityFeedbackForm({ pageUrl }: { pageUrl: string }) {
  const t = useTranslations("AccessibilityStatement.form");
  const form = useSchemaForm(AccessibilityFeedbackInputSchema, submitAccessibilityFeedbackAction);
  const labels = { message: t("message"), pageUrl: t("pageUrl"), email: t("email") };
  return (
    <SchemaForm form={form} className="form">
      <FormStatus {...form} labels={labels} success={form.result?.ok ? t("sent") : null} />
      <TextAreaField name="message" label={labels.message} hint={t("messageHint")} errors={form.fieldErrors} required />
      <TextField
        name="pageUrl"
        label={labels.pageUrl}
        hint={t("pageUrlHint")}
        errors={form.fieldErrors}
        defaultValue={pageUrl}
      />
      <TextField
        type="email"
        name="email"
        label={labels.email}
        hint={t("emailHint")}
        errors={form.fieldErrors}
        autoComplete="email"
      />
      <button type="submit" className="button" disabled={form.pending}>
        {t("submit")}
      </button>
    </SchemaForm>
  );
}
