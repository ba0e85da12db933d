"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import { ProfileInputSchema } from "@/lib/network/schemas";
import { LanguageNames } from "@/components/language-names";
import { visibilities, type Visibility } from "@/lib/events/schemas";
import { profileFields, type ProfileField } from "@/lib/network/visibility";
import { organisationKinds } from "@/lib/organisations/organisation-kinds";
import type { FieldErrors } from "@/lib/result";

export type ProfileFormValues = {
  displayName: string;
  organisationName: string;
  organisationKind: string;
  roleTitle: string;
  municipality: string;
  topics: string[];
  languages: string[];
  offersText: string;
  seeksText: string;
  contactEmail: string;
  phone: string;
  visibility: Record<ProfileField, Visibility>;
};

type Props = {
  action: FormAction<null>;
  values: ProfileFormValues;
  topics: { value: string; label: string }[];
  municipalities: { value: string; label: string }[];
  languages: string[];
};

/** One part of the profile and, beside it, who may see it: a fieldset per visibility choice. */
function FieldGroup({
  field,
  values,
  errors,
  children,
}: {
  field: ProfileField;
  values: ProfileFormValues;
  errors: FieldErrors;
  children: ReactNode;
}) {
  const t = useTranslations("Network.profileForm");
  return (
    <fieldset className="form-section profile-form__group">
      <legend>{t(`group.${field}`)}</legend>
      {children}
      <SelectField
        name={`visibility.${field}`}
        label={t("visibleTo", { field: t(`group.${field}`) })}
        errors={errors}
        required
        defaultValue={values.visibility[field]}
        options={visibilities.map((value) => ({ value, label: t(`visibility.${value}`) }))}
      />
    </fieldset>
  );
}

export function ProfileForm({ action, values, topics, municipalities, languages }: Props) {
  const t = useTranslations("Network.profileForm");
  const tKind = useTranslations("OrganisationKind");
  const tf = useTranslations("Forms");
  const locale = useLocale();
  const form = useSchemaForm(ProfileInputSchema, action);
  const errors = form.fieldErrors;
  const labels: Record<string, string> = {
    displayName: t("displayName"),
    organisationName: t("organisationName"),
    organisationKind: t("organisationKind"),
    roleTitle: t("roleTitle"),
    municipality: t("municipality"),
    topics: t("topics"),
    languages: t("languages"),
    offersText: t("offersText"),
    seeksText: t("seeksText"),
    contactEmail: t("contactEmail"),
    phone: t("phone"),
    ...Object.fromEntries(
      profileFields.map((field) => [`visibility.${field}`, t("visibleTo", { field: t(`group.${field}`) })]),
    ),
  };
  const group = (field: ProfileField, children: ReactNode) => (
    <FieldGroup field={field} values={values} errors={errors}>
      {children}
    </FieldGroup>
  );
  return (
    <SchemaForm form={form} className="form">
      <FormStatus {...form} labels={labels} success={form.result?.ok ? tf("saved") : null} />
      <p className="hint">{t("visibilityHint")}</p>
      {group(
        "displayName",
        <TextField
          name="displayName"
          label={labels.displayName!}
          errors={errors}
          required
          defaultValue={values.displayName}
          autoComplete="name"
          maxLength={120}
          dir="auto"
        />,
      )}
      {group(
        "organisation",
        <div className="form-row">
          <TextField
            name="organisationName"
            label={labels.organisationName!}
            errors={errors}
            defaultValue={values.organisationName}
            autoComplete="organization"
            maxLength={200}
            dir="auto"
          />
          <SelectField
            name="organisationKind"
            label={labels.organisationKind!}
            errors={errors}
            defaultValue={values.organisationKind}
            placeholder={t("choose")}
            options={organisationKinds.map((kind) => ({ value: kind, label: tKind(kind) }))}
          />
        </div>,
      )}
      {group(
        "roleTitle",
        <TextField
          name="roleTitle"
          label={labels.roleTitle!}
          hint={t("roleTitleHint")}
          errors={errors}
          defaultValue={values.roleTitle}
          autoComplete="organization-title"
          maxLength={120}
          dir="auto"
        />,
      )}
      {group(
        "municipality",
        <SelectField
          name="municipality"
          label={labels.municipality!}
          errors={errors}
          defaultValue={values.municipality}
          placeholder={t("choose")}
          options={municipalities}
        />,
      )}
      {group(
        "topics",
        <CheckboxGroup
          name="topics"
          label={labels.topics!}
          errors={errors}
          options={topics}
          defaultValues={values.topics}
          columns
        />,
      )}
      {group(
        "languages",
        <CheckboxGroup
          name="languages"
          label={labels.languages!}
          errors={errors}
          options={languages.map((code) => ({
            value: code,
            label: <LanguageNames codes={[code]} locale={locale} />,
          }))}
          defaultValues={values.languages}
          columns
        />,
      )}
      {group(
        "offersText",
        <TextAreaField
          name="offersText"
          label={labels.offersText!}
          hint={t("offersTextHint")}
          errors={errors}
          defaultValue={values.offersText}
          rows={4}
          dir="auto"
        />,
      )}
      {group(
        "seeksText",
        <TextAreaField
          name="seeksText"
          label={labels.seeksText!}
          hint={t("seeksTextHint")}
          errors={errors}
          defaultValue={values.seeksText}
          rows={4}
          dir="auto"
        />,
      )}
      <fieldset className="form-section">
        <legend>{t("contactGroup")}</legend>
        <p className="hint">{t("contactHint")}</p>
        <TextField
          type="email"
          name="contactEmail"
          label={labels.contactEmail!}
          hint={t("contactEmailHint")}
          errors={errors}
          defaultValue={values.contactEmail}
          autoComplete="email"
          dir="ltr"
        />
        <TextField
          type="tel"
          name="phone"
          label={labels.phone!}
          errors={errors}
          defaultValue={values.phone}
          autoComplete="tel"
          dir="ltr"
        />
      </fieldset>
      <button type="submit" className="button" disabled={form.pending}>
        {form.pending ? tf("saving") : t("submit")}
      </button>
    </SchemaForm>
  );
}
