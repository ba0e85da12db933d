"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import { Link } from "@/lib/i18n/navigation";
import type { FormOptions } from "@/lib/offers/form-options";
import type { OrganisationForEdit } from "@/lib/organisations/dashboard-queries";
import { organisationKinds } from "@/lib/organisations/organisation-kinds";
import { OrganisationInputSchema } from "@/lib/organisations/schemas";
import type { SimilarOrganisation } from "@/lib/organisations/similar-organisations";
import { LocationPicker } from "./location-picker";

type Values = Omit<OrganisationForEdit, "id" | "slug" | "waitingForReview">;

type Props<T> = {
  action: FormAction<T>;
  values: Values | null;
  options: FormOptions;
  hasTiles: boolean;
  submitLabel: string;
  /** Registration warns about organisations that may already exist; editing does not. */
  warnAboutDuplicates: boolean;
};

function useSimilarOrganisations(enabled: boolean) {
  const [similar, setSimilar] = useState<SimilarOrganisation[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  function check(form: HTMLFormElement) {
    if (!enabled) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const data = new FormData(form);
      const query = new URLSearchParams();
      for (const name of ["name", "municipality", "lat", "lng"]) {
        const entered = data.get(name);
        const value = typeof entered === "string" ? entered.trim() : "";
        if (value) query.set(name, value);
      }
      if ((query.get("name") ?? "").length < 3 || !query.get("municipality")) return setSimilar([]);
      fetch(`/api/v1/organisations/similar?${query}`)
        .then((response) =>
          response.ok ? (response.json() as Promise<{ similar: SimilarOrganisation[] }>) : { similar: [] },
        )
        .then((body) => setSimilar(body.similar))
        .catch(() => setSimilar([]));
    }, 400);
  }
  useEffect(() => () => clearTimeout(timer.current), []);
  return { similar, check };
}

export function OrganisationForm<T>({ action, values, options, hasTiles, submitLabel, warnAboutDuplicates }: Props<T>) {
  const t = useTranslations("OrganisationForm");
  const tKind = useTranslations("OrganisationKind");
  const tf = useTranslations("Forms");
  const form = useSchemaForm(OrganisationInputSchema, action);
  const errors = form.fieldErrors;
  const { similar, check } = useSimilarOrganisations(warnAboutDuplicates);
  return (
    <SchemaForm form={form} className="form" onChange={(event) => check(event.currentTarget)}>
      <FormStatus
        {...form}
        labels={{
          name: t("name"),
          kind: t("kind"),
          municipality: t("municipality"),
          postcode: t("postcode"),
          email: t("email"),
          website: t("website"),
          phone: t("phone"),
          lat: t("location"),
        }}
        success={form.result?.ok ? tf("saved") : null}
      />
      <TextField
        name="name"
        label={t("name")}
        errors={errors}
        required
        defaultValue={values?.name}
        maxLength={120}
        autoComplete="organization"
      />
      <div aria-live="polite">
        {similar.length > 0 ? (
          <div className="notice notice--warning">
            <p>{t("similarWarning")}</p>
            <ul>
              {similar.map((organisation) => (
                <li key={organisation.slug}>
                  <Link href={`/organisationen/${organisation.slug}`}>{organisation.name}</Link> (
                  {organisation.municipality}, {t(`similarReason.${organisation.reason}`)})
                  {organisation.isClaimable ? ` · ${t("claimable")}` : ""}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <SelectField
        name="kind"
        label={t("kind")}
        errors={errors}
        required
        defaultValue={values?.kind}
        placeholder={t("choose")}
        options={organisationKinds.map((kind) => ({ value: kind, label: tKind(kind) }))}
      />
      <TextAreaField
        name="description"
        label={t("description")}
        hint={t("descriptionHint")}
        errors={errors}
        defaultValue={values?.description}
        rows={5}
      />
      <fieldset className="form-section">
        <legend>{t("sectionAddress")}</legend>
        <TextField
          name="street"
          label={t("street")}
          errors={errors}
          defaultValue={values?.street}
          autoComplete="street-address"
        />
        <div className="form-row">
          <TextField
            name="postcode"
            label={t("postcode")}
            errors={errors}
            defaultValue={values?.postcode}
            inputMode="numeric"
            maxLength={5}
            autoComplete="postal-code"
          />
          <SelectField
            name="municipality"
            label={t("municipality")}
            errors={errors}
            required
            defaultValue={values?.municipality}
            placeholder={t("choose")}
            options={options.municipalities.map((m) => ({ value: m.slug, label: m.name }))}
          />
        </div>
        <LocationPicker
          errors={errors}
          initial={{ lat: values?.lat ?? null, lng: values?.lng ?? null }}
          municipalities={options.municipalities}
          postcodeFieldName="postcode"
          municipalityFieldName="municipality"
          hasTiles={hasTiles}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t("sectionContact")}</legend>
        <TextField
          name="contactName"
          label={t("contactName")}
          errors={errors}
          defaultValue={values?.contactName}
          autoComplete="name"
        />
        <TextField
          type="email"
          name="email"
          label={t("email")}
          errors={errors}
          defaultValue={values?.email}
          autoComplete="email"
        />
        <TextField
          type="tel"
          name="phone"
          label={t("phone")}
          errors={errors}
          defaultValue={values?.phone}
          autoComplete="tel"
        />
        <TextField
          type="url"
          name="website"
          label={t("website")}
          errors={errors}
          defaultValue={values?.website}
          autoComplete="url"
        />
      </fieldset>
      <CheckboxGroup
        name="languages"
        label={t("languages")}
        errors={errors}
        options={options.languages.map((language) => ({ value: language.code, label: language.name }))}
        defaultValues={values?.languages ?? ["de"]}
        columns
      />
      <button type="submit" className="button" disabled={form.pending}>
        {form.pending ? tf("saving") : submitLabel}
      </button>
    </SchemaForm>
  );
}
