"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import { orgRoles } from "@/lib/auth/permissions";
import { InvitationInputSchema } from "@/lib/organisations/schemas";

export function InviteForm({ action }: { action: FormAction<null> }) {
  const t = useTranslations("Members");
  const form = useSchemaForm(InvitationInputSchema, action);
  return (
    <SchemaForm form={form} className="form">
      <FormStatus
        {...form}
        labels={{ email: t("email"), role: t("role") }}
        success={form.result?.ok ? t("invited") : null}
      />
      <div className="form-row">
        <TextField type="email" name="email" label={t("email")} errors={form.fieldErrors} required autoComplete="off" />
        <SelectField
          name="role"
          label={t("role")}
          errors={form.fieldErrors}
          required
          defaultValue="editor"
          options={orgRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
      </div>
      <button type="submit" className="button" disabled={form.pending}>
        {t("invite")}
      </button>
    </SchemaForm>
  );
}
