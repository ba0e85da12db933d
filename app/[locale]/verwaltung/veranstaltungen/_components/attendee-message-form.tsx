"use client";

import { useTranslations } from "next-intl";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import { AttendeeMessageInputSchema } from "@/lib/events/event-admin-schemas";

type Sent = { recipients: number; failed: number };

/** Subject and text of a message to every confirmed attendee. */
export function AttendeeMessageForm({ action }: { action: FormAction<Sent> }) {
  const t = useTranslations("EventAdmin.message");
  const form = useSchemaForm(AttendeeMessageInputSchema, action);
  const sent = form.result?.ok ? form.result.data : null;
  return (
    <SchemaForm form={form} className="form">
      <FormStatus
        {...form}
        labels={{ subject: t("subject"), text: t("text") }}
        success={
          sent
            ? sent.failed > 0
              ? t("sentWithFailures", { count: sent.recipients - sent.failed, failed: sent.failed })
              : t("sent", { count: sent.recipients })
            : null
        }
      />
      <TextField name="subject" label={t("subject")} errors={form.fieldErrors} required maxLength={150} />
      <TextAreaField name="text" label={t("text")} hint={t("textHint")} errors={form.fieldErrors} required rows={10} />
      <button type="submit" className="button" disabled={form.pending}>
        {form.pending ? t("sending") : t("send")}
      </button>
    </SchemaForm>
  );
}
