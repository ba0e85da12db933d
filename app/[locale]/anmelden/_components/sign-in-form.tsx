"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { SignInInputSchema } from "@/lib/auth/sign-in-input";
import { requestSignInLinkAction } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations("SignIn");
  const form = useSchemaForm(SignInInputSchema, requestSignInLinkAction);
  return (
    <SchemaForm form={form} className="form">
      <FormStatus {...form} labels={{ email: t("email") }} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField
        type="email"
        name="email"
        label={t("email")}
        hint={t("emailHint")}
        errors={form.fieldErrors}
        required
        autoComplete="email"
      />
      <button type="submit" className="button" disabled={form.pending}>
        {form.pending ? t("sending") : t("submit")}
      </button>
    </SchemaForm>
  );
}
