"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import { InvitationCountInputSchema, INVITATIONS_PER_REQUEST_MAX } from "@/lib/surveys/schemas";

/**
 * Makes one-time links. They arrive in the action's result and are shown here once, on the page that answers
 * the POST (with or without JavaScript); reloading the page does not bring them back.
 */
export function InvitationForm({ action }: { action: FormAction<{ links: string[] }> }) {
  const t = useTranslations("SurveyAdmin");
  const form = useSchemaForm(InvitationCountInputSchema, action);
  const links = form.result?.ok ? form.result.data.links : null;
  return (
    <>
      <SchemaForm form={form} className="form">
        <FormStatus {...form} labels={{ count: t("invitationCount") }} />
        <TextField
          name="count"
          type="number"
          inputMode="numeric"
          label={t("invitationCount")}
          errors={form.fieldErrors}
          required
          defaultValue={10}
          hint={`1–${INVITATIONS_PER_REQUEST_MAX}`}
        />
        <button type="submit" className="button button--secondary" disabled={form.pending}>
          {t("createInvitations")}
        </button>
      </SchemaForm>
      {links ? (
        <section aria-labelledby="new-invitation-links" className="card">
          <h3 id="new-invitation-links">{t("invitationsList")}</h3>
          <p role="status">{t("invitationsCreated", { count: links.length })}</p>
          <ol className="survey-links">
            {links.map((link) => (
              <li key={link}>
                <code>{link}</code>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
