"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import { TranslationInputSchema } from "@/lib/offers/schemas";

type Texts = { title: string; summary: string; description: string };
type Props = {
  action: FormAction<{ id: string } | null>;
  source: Texts;
  values: (Texts & { origin: string; isReviewed: boolean }) | null;
  targetLocale: string;
  targetDirection: "ltr" | "rtl";
  languageLabel: string;
};

/** German source on one side, the translation on the other; each row is one field. */
export function TranslationForm({ action, source, values, targetLocale, targetDirection, languageLabel }: Props) {
  const t = useTranslations("TranslationEditor");
  const tf = useTranslations("Forms");
  const form = useSchemaForm(TranslationInputSchema, action);
  const errors = form.fieldErrors;
  const fields = [
    { name: "title", label: t("fieldTitle"), rows: 1 },
    { name: "summary", label: t("fieldSummary"), rows: 3 },
    { name: "description", label: t("fieldDescription"), rows: 10 },
  ] as const;
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <FormStatus
        {...form}
        labels={{ title: t("fieldTitle"), summary: t("fieldSummary"), description: t("fieldDescription") }}
        success={form.result?.ok ? tf("saved") : null}
      />
      {fields.map((field) => (
        <div key={field.name} className="side-by-side">
          <div lang="de" dir="ltr">
            <h2 className="side-by-side__label">
              {field.label} · {t("german")}
            </h2>
            <p className="side-by-side__source">{source[field.name]}</p>
          </div>
          <div lang={targetLocale}>
            {field.rows === 1 ? (
              <TextField
                name={field.name}
                label={`${field.label} · ${languageLabel}`}
                errors={errors}
                required
                defaultValue={values?.[field.name]}
                dir={targetDirection}
              />
            ) : (
              <TextAreaField
                name={field.name}
                label={`${field.label} · ${languageLabel}`}
                errors={errors}
                required
                defaultValue={values?.[field.name]}
                rows={field.rows}
                dir={targetDirection}
              />
            )}
          </div>
        </div>
      ))}
      <SelectField
        name="origin"
        label={t("origin")}
        errors={errors}
        required
        defaultValue={values?.origin ?? "author"}
        options={[
          { value: "author", label: t("originAuthor") },
          { value: "machine", label: t("originMachine") },
        ]}
      />
      <CheckboxField
        name="isReviewed"
        label={t("isReviewed")}
        hint={t("isReviewedHint")}
        errors={errors}
        defaultChecked={values?.isReviewed ?? false}
      />
      <button type="submit" className="button" disabled={form.pending}>
        {form.pending ? tf("saving") : tf("save")}
      </button>
    </form>
  );
}
