"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import { RegistrationInputSchema, visibilities } from "@/lib/events/schemas";

type Option = { value: string; label: string };

type Props = {
  action: FormAction<"confirmed" | "waitlisted">;
  groups: Option[];
  municipalities: Option[];
  defaults: {
    name: string;
    organisationName: string;
    role: string;
    municipality: string;
    directory: Record<(typeof directoryFields)[number], string>;
  };
};

const directoryFields = ["displayName", "organisation", "roleTitle", "municipality", "topics"] as const;

export function RegistrationForm({ action, groups, municipalities, defaults }: Props) {
  const t = useTranslations("EventRegistration");
  const form = useSchemaForm(RegistrationInputSchema, action);
  const visibilityOptions = visibilities.map((value) => ({ value, label: t(`visibility.${value}`) }));
  const labels = {
    name: t("name"),
    organisationName: t("organisation"),
    municipality: t("municipality"),
    role: t("role"),
    firstChoice: t("firstChoice"),
    secondChoice: t("secondChoice"),
    accessibilityNeeds: t("accessibilityNeeds"),
    ...Object.fromEntries(directoryFields.map((field) => [`directory.${field}`, t(`directoryField.${field}`)])),
  };
  return (
    <SchemaForm form={form} className="form">
      <FormStatus {...form} labels={labels} />
      <fieldset>
        <legend>{t("aboutYou")}</legend>
        <TextField
          name="name"
          label={labels.name}
          errors={form.fieldErrors}
          required
          defaultValue={defaults.name}
          autoComplete="name"
        />
        <TextField
          name="organisationName"
          label={labels.organisationName}
          errors={form.fieldErrors}
          defaultValue={defaults.organisationName}
          autoComplete="organization"
        />
        <SelectField
          name="municipality"
          label={labels.municipality}
          errors={form.fieldErrors}
          options={municipalities}
          defaultValue={defaults.municipality}
          placeholder={t("choose")}
        />
        <TextField
          name="role"
          label={labels.role}
          hint={t("roleHint")}
          errors={form.fieldErrors}
          defaultValue={defaults.role}
        />
      </fieldset>
      {groups.length > 0 ? (
        <fieldset>
          <legend>{t("workingGroup")}</legend>
          <p className="hint">{t("workingGroupHint")}</p>
          <SelectField
            name="firstChoice"
            label={labels.firstChoice}
            errors={form.fieldErrors}
            options={groups}
            required
            placeholder={t("choose")}
          />
          <SelectField
            name="secondChoice"
            label={labels.secondChoice}
            errors={form.fieldErrors}
            options={groups}
            placeholder={t("noSecondChoice")}
          />
          <CheckboxField
            name="keepsGroup"
            label={t("keepsGroup")}
            hint={t("keepsGroupHint")}
            errors={form.fieldErrors}
          />
        </fieldset>
      ) : null}
      <TextAreaField
        name="accessibilityNeeds"
        label={labels.accessibilityNeeds}
        hint={t("accessibilityNeedsHint")}
        errors={form.fieldErrors}
      />
      <fieldset>
        <legend>{t("directory")}</legend>
        <p className="hint">{t("directoryHint")}</p>
        {directoryFields.map((field) => (
          <SelectField
            key={field}
            name={`directory.${field}`}
            label={t(`directoryField.${field}`)}
            errors={form.fieldErrors}
            options={visibilityOptions}
            defaultValue={defaults.directory[field]}
          />
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={form.pending}>
        {t("submit")}
      </button>
    </SchemaForm>
  );
}
