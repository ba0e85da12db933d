"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { AccountDeletionInputSchema, EmailChangeInputSchema } from "@/lib/account/schemas";
import { deleteAccountAction, requestEmailChangeAction } from "./actions";

export function EmailChangeForm() {
  const t = useTranslations("Account");
  const form = useSchemaForm(EmailChangeInputSchema, requestEmailChangeAction);
  return (
    <SchemaForm form={form} className="form">
      <FormStatus {...form} labels={{ email: t("newEmail") }} success={form.result?.ok ? t("emailChangeSent") : null} />
      <TextField
        type="email"
        name="email"
        label={t("newEmail")}
        errors={form.fieldErrors}
        required
        autoComplete="email"
      />
      <button type="submit" className="button" disabled={form.pending}>
        {t("changeEmail")}
      </button>
    </SchemaForm>
  );
}

export function DeleteAccountForm({ hasSoleOwnership }: { hasSoleOwnership: boolean }) {
  const t = useTranslations("Account");
  const form = useSchemaForm(AccountDeletionInputSchema, deleteAccountAction);
  return (
    <SchemaForm form={form} className="form">
      <FormStatus {...form} labels={{ confirmation: t("deleteConfirmation") }} />
      {hasSoleOwnership ? <p className="notice notice--warning">{t("soleOwnerWarning")}</p> : null}
      <TextField
        name="confirmation"
        label={t("deleteConfirmation")}
        hint={t("deleteConfirmationHint")}
        errors={form.fieldErrors}
        required
        autoComplete="off"
      />
      <button type="submit" className="button button--danger" disabled={form.pending}>
        {t("deleteButton")}
      </button>
    </SchemaForm>
  );
}
