"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import { TranslationInputSchema, type TranslatableDetail } from "@/lib/offers/schemas";

type Texts = { title: string; summary: string; description: string };
type Details = Record<TranslatableDetail, string | null>;
type Props = {
  action: FormAction<{ id: string } | null>;
  source: Texts & Details;
  values: (Texts & Details & { origin: string; isReviewed: boolean }) | null;
  targetLocale: string;
  targetDirection: "ltr" | "rtl";
  languageLabel: string;
};

type Field = { name: keyof Texts | TranslatableDetail; label: string; rows: number; required: boolean };

/** German source on one side, the translation on the other; each row is one field. */
export function TranslationForm({ action, source, values, targetLocale, targetDirection, languageLabel }: Props) {
  const t = useTranslations("TranslationEditor");
  const tOffer = useTranslations("OfferForm");
  const tf = useTranslations("Forms");
  const form = useSchemaForm(TranslationInputSchema, action);
  const errors = form.fieldErrors;
  const texts: Field[] = [
    { name: "title", label: t("fieldTitle"), rows: 1, required: true },
    { name: "summary", label: t("fieldSummary"), rows: 3, required: true },
    { name: "description", label: t("fieldDescription"), rows: 10, required: true },
  ];
  // The details under the same labels as in the offer form; only those the German offer has, since a
  // translation of an empty detail would have nothing to show (the server drops it, too).
  const details: Field[] = (
    [
      { name: "scheduleText", label: tOffer("scheduleText"), rows: 2, required: false },
      { name: "costNote", label: tOffer("costNote"), rows: 1, required: false },
      { name: "accessibility", label: tOffer("accessibility"), rows: 2, required: false },
      { name: "languageNote", label: tOffer("languageNote"), rows: 1, required: false },
    ] satisfies Field[]
  ).filter((field) => source[field.name] !== null);
  const fields = [...texts, ...details];
  return (
    // action as well as onSubmit: without JavaScript the browser posts the form to the server action.
    <SchemaForm form={form} className="form">
      <FormStatus
        {...form}
        labels={Object.fromEntries(fields.map((field) => [field.name, field.label]))}
        success={form.result?.ok ? tf("saved") : null}
      />
      {fields.map((field) => {
        const common = {
          name: field.name,
          label: `${field.label} · ${languageLabel}`,
          hint: field.required ? undefined : t("detailHint"),
          errors,
          required: field.required,
          defaultValue: values?.[field.name],
          dir: targetDirection,
        };
        return (
          <div key={field.name} className="side-by-side">
            <div lang="de" dir="ltr">
              <h2 className="side-by-side__label">
                {field.label} · {t("german")}
              </h2>
              <p className="side-by-side__source">{source[field.name]}</p>
            </div>
            <div lang={targetLocale}>
              {field.rows === 1 ? <TextField {...common} /> : <TextAreaField {...common} rows={field.rows} />}
            </div>
          </div>
        );
      })}
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
    </SchemaForm>
  );
}
