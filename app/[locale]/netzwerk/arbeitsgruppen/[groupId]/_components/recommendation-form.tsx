"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { FieldIdPrefix } from "@/components/forms/field-errors";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import type { GapFormOptions } from "@/lib/working-groups/gap-view";
import { RecommendationInputSchema } from "@/lib/working-groups/schemas";

type Props = {
  action: FormAction<null>;
  /** The recommendation being edited; a new one when absent (the form then empties after posting). */
  values?: {
    title: string;
    text: string;
    gapMunicipality: string | null;
    gapTopic: string | null;
    gapLanguage: string | null;
  };
  /** The choices of the optional gap of the atlas the recommendation answers. */
  gapOptions: GapFormOptions;
  /** The group's core topic, which a cited gap is about; null when the form asks for the topic. */
  coreTopicName: string | null;
  submitLabel: string;
  success: string;
  /** Field ids must be unique on the page, which holds one edit form per recommendation. */
  idPrefix: string;
};

export function RecommendationForm({
  action,
  values,
  gapOptions,
  coreTopicName,
  submitLabel,
  success,
  idPrefix,
}: Props) {
  const t = useTranslations("WorkingGroups");
  const tForms = useTranslations("Forms");
  const form = useSchemaForm(RecommendationInputSchema, action);
  const ref = useRef<HTMLFormElement>(null);
  const posted = !values && form.result?.ok === true;
  useEffect(() => {
    if (posted) ref.current?.reset();
  }, [posted, form.result]);
  return (
    <FieldIdPrefix.Provider value={idPrefix}>
      <SchemaForm form={form} ref={ref} className="form">
        <FormStatus
          {...form}
          labels={{
            title: t("fieldTitle"),
            text: t("fieldText"),
            gapMunicipality: t("gapMunicipality"),
            gapTopic: t("gapTopic"),
            gapLanguage: t("gapLanguage"),
          }}
          success={form.result?.ok ? success : null}
        />
        <TextField
          name="title"
          label={t("fieldTitle")}
          hint={t("fieldTitleHint")}
          errors={form.fieldErrors}
          required
          maxLength={150}
          defaultValue={values?.title}
          dir="auto"
        />
        <TextAreaField
          name="text"
          label={t("fieldText")}
          hint={t("fieldTextHint")}
          errors={form.fieldErrors}
          required
          rows={6}
          defaultValue={values?.text}
          dir="auto"
        />
        <fieldset>
          <legend>{t("gapLegend")}</legend>
          <p className="hint">{t("gapHint")}</p>
          <SelectField
            name="gapMunicipality"
            label={t("gapMunicipality")}
            errors={form.fieldErrors}
            defaultValue={values?.gapMunicipality}
            placeholder={t("gapNone")}
            options={gapOptions.municipalities}
          />
          {gapOptions.topics ? (
            <SelectField
              name="gapTopic"
              label={t("gapTopic")}
              errors={form.fieldErrors}
              defaultValue={values?.gapTopic}
              placeholder={t("chooseTopic")}
              options={gapOptions.topics}
            />
          ) : coreTopicName ? (
            <p>{t("gapTopicFixed", { topic: coreTopicName })}</p>
          ) : null}
          <SelectField
            name="gapLanguage"
            label={t("gapLanguage")}
            errors={form.fieldErrors}
            defaultValue={values?.gapLanguage}
            placeholder={t("gapAnyLanguage")}
            options={gapOptions.languages}
          />
        </fieldset>
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? tForms("saving") : submitLabel}
        </button>
      </SchemaForm>
    </FieldIdPrefix.Provider>
  );
}
