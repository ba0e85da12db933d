"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { FieldError, useFieldIds } from "@/components/forms/field-errors";
import { SelectField, TextAreaField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSubmittedValues } from "@/components/forms/submitted-values";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import type { FieldErrors } from "@/lib/result";
import { ratingValues, surveyAnswerInputSchema, type SurveyAnswerOptions } from "@/lib/surveys/schemas";

type Option = { value: string; label: string };

type Props = {
  action: FormAction<null>;
  options: SurveyAnswerOptions;
  /** The one-time link's token, sent on in a hidden field; null for an open survey. */
  token: string | null;
  textMax: number;
  topics: Option[];
  municipalities: Option[];
  languages: Option[];
};

/** The survey's questions: per topic a rating (or none) and a text, then the optional municipality and language. */
export function SurveyAnswerForm({ action, options, token, textMax, topics, municipalities, languages }: Props) {
  const t = useTranslations("Survey");
  const schema = useMemo(() => surveyAnswerInputSchema(options), [options]);
  const form = useSchemaForm(schema, action);
  const { id } = useFieldIds();
  const errors = form.fieldErrors;
  const labels = Object.fromEntries([
    ...topics.flatMap((topic) => [
      [`answers.${topic.value}.rating`, `${topic.label}: ${t("ratingQuestion")}`],
      [`answers.${topic.value}.text`, `${topic.label}: ${t("textLabel")}`],
    ]),
    ["municipality", t("municipality")],
    ["language", t("language")],
  ]) as Record<string, string>;
  return (
    <SchemaForm form={form} className="form">
      <FormStatus {...form} labels={labels} />
      {token ? <input type="hidden" name="token" value={token} /> : null}
      <div id={id("form")} tabIndex={-1}>
        {topics.map((topic) => (
          <fieldset key={topic.value} className="form-section">
            <legend>{topic.label}</legend>
            <RatingGroup
              name={`answers.${topic.value}.rating`}
              label={t("ratingQuestion")}
              errors={errors}
              noAnswer={t("noAnswer")}
              ratingLabel={(rating) => t(`rating.${rating}`)}
            />
            <TextAreaField
              name={`answers.${topic.value}.text`}
              label={t("textLabel")}
              hint={t("textHint", { max: textMax })}
              errors={errors}
              rows={4}
              dir="auto"
            />
          </fieldset>
        ))}
      </div>
      <fieldset className="form-section">
        <legend>{t("aboutYou")}</legend>
        <SelectField
          name="municipality"
          label={t("municipality")}
          errors={errors}
          options={municipalities}
          placeholder={t("noAnswer")}
        />
        <SelectField
          name="language"
          label={t("language")}
          errors={errors}
          options={languages}
          placeholder={t("noAnswer")}
        />
      </fieldset>
      <button type="submit" className="button" disabled={form.pending}>
        {t("submit")}
      </button>
    </SchemaForm>
  );
}

function RatingGroup({
  name,
  label,
  errors,
  noAnswer,
  ratingLabel,
}: {
  name: string;
  label: string;
  errors: FieldErrors;
  noAnswer: string;
  ratingLabel: (rating: (typeof ratingValues)[number]) => string;
}) {
  const { id } = useFieldIds();
  const submitted = useSubmittedValues();
  const choices = [
    { value: "", label: noAnswer },
    ...ratingValues.map((rating) => ({ value: String(rating), label: ratingLabel(rating) })),
  ];
  return (
    <fieldset
      className="form-field checkbox-group"
      id={id(name)}
      tabIndex={-1}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={errors[name] ? `${id(name)}-error` : undefined}
    >
      <legend>{label}</legend>
      <ul>
        {choices.map((choice) => (
          <li key={choice.value}>
            <label>
              <input
                type="radio"
                name={name}
                value={choice.value}
                defaultChecked={submitted.checked(name, choice.value, choice.value === "")}
              />{" "}
              {choice.label}
            </label>
          </li>
        ))}
      </ul>
      <FieldError name={name} errors={errors} />
    </fieldset>
  );
}
