"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import { surveyAccesses, surveyInputSchema } from "@/lib/surveys/schemas";

type Props<T> = {
  action: FormAction<T>;
  /** The region's core topics, in order. */
  topics: { value: string; label: string }[];
  survey: { title: string; introduction: string; topics: string[]; access: string } | null;
};

/** A survey's title, introduction, topics and access; for a new survey and for a draft. */
export function SurveyForm<T>({ action, topics, survey }: Props<T>) {
  const t = useTranslations("SurveyAdmin");
  const tf = useTranslations("Forms");
  const schema = useMemo(() => surveyInputSchema(topics.map((topic) => topic.value)), [topics]);
  const form = useSchemaForm(schema, action);
  const errors = form.fieldErrors;
  const labels = {
    title: t("form.title"),
    introduction: t("form.introduction"),
    topics: t("form.topics"),
    access: t("form.access"),
  };
  return (
    <SchemaForm form={form} className="form">
      <FormStatus {...form} labels={labels} success={form.result?.ok ? tf("saved") : null} />
      <TextField
        name="title"
        label={labels.title}
        errors={errors}
        required
        defaultValue={survey?.title}
        maxLength={160}
      />
      <TextAreaField
        name="introduction"
        label={labels.introduction}
        hint={t("form.introductionHint")}
        errors={errors}
        defaultValue={survey?.introduction}
      />
      <CheckboxGroup
        name="topics"
        label={labels.topics}
        hint={t("form.topicsHint")}
        errors={errors}
        options={topics}
        defaultValues={survey?.topics ?? topics.map((topic) => topic.value)}
        required
      />
      <SelectField
        name="access"
        label={labels.access}
        errors={errors}
        required
        defaultValue={survey?.access ?? "open"}
        options={surveyAccesses.map((access) => ({ value: access, label: t(`access.${access}`) }))}
      />
      <button type="submit" className="button" disabled={form.pending}>
        {survey ? t("form.save") : t("form.create")}
      </button>
    </SchemaForm>
  );
}
