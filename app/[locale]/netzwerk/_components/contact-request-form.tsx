"use client";

import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import { ContactRequestInputSchema } from "@/lib/network/schemas";

// The schema lives with the mutation (lib/network/contact-requests.ts, server-only), so the server checks it.
export function ContactRequestForm({ action, name }: { action: FormAction<null>; name: string }) {
  const t = useTranslations("Network.person");
  const form = useSchemaForm(ContactRequestInputSchema, action);
  return (
    <SchemaForm form={form} className="form">
      <FormStatus {...form} labels={{ message: t("message") }} success={form.result?.ok ? t("requestSent") : null} />
      <TextAreaField
        name="message"
        label={t("message")}
        hint={t("messageHint", { name })}
        errors={form.fieldErrors}
        required
        rows={4}
        dir="auto"
      />
      <button type="submit" className="button" disabled={form.pending}>
        {t("sendRequest", { name })}
      </button>
    </SchemaForm>
  );
}
