"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError, useFieldIds } from "@/components/forms/field-errors";
import { CheckboxField, CheckboxGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { FormStatus } from "@/components/forms/form-status";
import { SchemaForm } from "@/components/forms/schema-form";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useSchemaForm, type FormAction } from "@/components/forms/use-schema-form";
import type { OfferFormValues } from "@/lib/offers/edit-queries";
import type { FormOptions } from "@/lib/offers/form-options";
import { costKinds, OfferInputSchema } from "@/lib/offers/schemas";
import type { SubmittedValues } from "@/lib/result";
import { LocationPicker } from "./location-picker";

type Props = {
  action: FormAction<{ id: string } | null>;
  values: OfferFormValues;
  options: FormOptions;
  hasTiles: boolean;
  submitLabel: string;
};

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
/** Empty rows a page without JavaScript offers for new times (blank rows are ignored by the schema). */
const BLANK_ROWS_WITHOUT_SCRIPT = 2;

type Slot = OfferFormValues["slots"][number];

/** The schedule rows as a refused submit sent them, so a page rendered without JavaScript shows them again. */
function slotsSent(values: SubmittedValues): Slot[] {
  const rows: Slot[] = [];
  for (let index = 0; values[`slots.${index}.weekday`]; index++) {
    const field = (name: string) => values[`slots.${index}.${name}`]?.[0] ?? "";
    rows.push({ weekday: Number(field("weekday")) || 1, startTime: field("startTime"), endTime: field("endTime") });
  }
  return rows;
}

export function OfferForm({ action, values, options, hasTiles, submitLabel }: Props) {
  const t = useTranslations("OfferForm");
  const tf = useTranslations("Forms");
  const { id, describedBy } = useFieldIds();
  const form = useSchemaForm(OfferInputSchema, action);
  const errors = form.fieldErrors;
  const hydrated = useHydrated();
  const initialSlots = form.values ? slotsSent(form.values) : values.slots;
  const [countyWide, setCountyWide] = useState(form.values ? Boolean(form.values.isCountyWide) : values.isCountyWide);
  const [slots, setSlots] = useState(initialSlots.map((slot, index) => ({ ...slot, key: index })));
  const [nextKey, setNextKey] = useState(initialSlots.length);
  // Without JavaScript the add and remove buttons cannot run: blank rows take a new time, clearing a row removes it.
  const rows = hydrated
    ? slots
    : [
        ...slots,
        ...Array.from({ length: BLANK_ROWS_WITHOUT_SCRIPT }, (_, blank) => ({
          weekday: 1,
          startTime: "",
          endTime: "",
          key: nextKey + blank,
        })),
      ];

  const labels: Record<string, string> = {
    title: t("title"),
    summary: t("summary"),
    description: t("description"),
    topics: t("topics"),
    audiences: t("audiences"),
    languages: t("languages"),
    municipalities: t("municipalities"),
    postcode: t("postcode"),
    locationMunicipality: t("locationMunicipality"),
    lat: t("location"),
    contactEmail: t("contactEmail"),
    contactPhone: t("contactPhone"),
    validUntil: t("validUntil"),
  };

  return (
    <SchemaForm form={form} className="form">
      <FormStatus {...form} labels={labels} success={form.result?.ok ? tf("saved") : null} />

      <fieldset className="form-section">
        <legend>{t("sectionText")}</legend>
        <TextField
          name="title"
          label={t("title")}
          hint={t("titleHint")}
          errors={errors}
          required
          defaultValue={values.title}
          maxLength={120}
        />
        <TextAreaField
          name="summary"
          label={t("summary")}
          hint={t("summaryHint")}
          errors={errors}
          required
          defaultValue={values.summary}
          rows={2}
        />
        <TextAreaField
          name="description"
          label={t("description")}
          hint={t("descriptionHint")}
          errors={errors}
          required
          defaultValue={values.description}
          rows={8}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("sectionWhoWhat")}</legend>
        <CheckboxGroup
          name="topics"
          label={t("topics")}
          errors={errors}
          required
          options={options.topics.map((o) => ({ value: o.slug, label: o.name }))}
          defaultValues={values.topics}
          columns
        />
        <CheckboxGroup
          name="audiences"
          label={t("audiences")}
          errors={errors}
          options={options.audiences.map((o) => ({ value: o.slug, label: o.name }))}
          defaultValues={values.audiences}
          columns
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("sectionLanguages")}</legend>
        <CheckboxGroup
          name="languages"
          label={t("languages")}
          hint={t("languagesHint")}
          errors={errors}
          required
          options={options.languages.map((language) => ({
            value: language.code,
            label: (
              <>
                {language.name} <span lang={language.code}>({language.endonym})</span>
              </>
            ),
          }))}
          defaultValues={values.languages}
          columns
        />
        <TextField
          name="languageNote"
          label={t("languageNote")}
          hint={t("languageNoteHint")}
          errors={errors}
          defaultValue={values.languageNote}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("sectionWhere")}</legend>
        <CheckboxField
          name="isCountyWide"
          label={t("isCountyWide")}
          errors={errors}
          defaultChecked={values.isCountyWide}
          onChange={setCountyWide}
        />
        {/* Hidden for county-wide offers only where a script can show it again when the box is unticked. */}
        {countyWide && hydrated ? null : (
          <CheckboxGroup
            name="municipalities"
            label={t("municipalities")}
            errors={errors}
            required
            options={options.municipalities.map((m) => ({ value: m.slug, label: m.name }))}
            defaultValues={values.municipalities}
            columns
          />
        )}
        <CheckboxField name="isOnline" label={t("isOnline")} errors={errors} defaultChecked={values.isOnline} />
        <TextField
          name="locationName"
          label={t("locationName")}
          hint={t("locationNameHint")}
          errors={errors}
          defaultValue={values.locationName}
        />
        <TextField
          name="street"
          label={t("street")}
          errors={errors}
          defaultValue={values.street}
          autoComplete="street-address"
        />
        <div className="form-row">
          <TextField
            name="postcode"
            label={t("postcode")}
            errors={errors}
            defaultValue={values.postcode}
            inputMode="numeric"
            maxLength={5}
            autoComplete="postal-code"
          />
          <SelectField
            name="locationMunicipality"
            label={t("locationMunicipality")}
            errors={errors}
            defaultValue={values.locationMunicipality}
            placeholder={t("choose")}
            options={options.municipalities.map((m) => ({ value: m.slug, label: m.name }))}
          />
        </div>
        <LocationPicker
          errors={errors}
          initial={{ lat: values.lat, lng: values.lng }}
          municipalities={options.municipalities}
          postcodeFieldName="postcode"
          hasTiles={hasTiles}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("sectionWhen")}</legend>
        <p className="hint">{hydrated ? t("slotsHint") : t("slotsHintWithoutScript")}</p>
        {rows.map((slot, index) => (
          <fieldset key={slot.key} className="form-row slot">
            <legend className="visually-hidden">{t("slotNumber", { number: index + 1 })}</legend>
            <div className="form-field">
              <label htmlFor={id(`slots.${index}.weekday`)}>{t("weekday")}</label>
              <select
                name={`slots.${index}.weekday`}
                defaultValue={String(slot.weekday)}
                {...describedBy(`slots.${index}.weekday`, errors)}
              >
                {weekdays.map((day) => (
                  <option key={day} value={day}>
                    {t(`weekdays.${day}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor={id(`slots.${index}.startTime`)}>{t("startTime")}</label>
              <input
                type="time"
                name={`slots.${index}.startTime`}
                defaultValue={slot.startTime}
                {...describedBy(`slots.${index}.startTime`, errors)}
              />
              <FieldError name={`slots.${index}.startTime`} errors={errors} />
            </div>
            <div className="form-field">
              <label htmlFor={id(`slots.${index}.endTime`)}>{t("endTime")}</label>
              <input
                type="time"
                name={`slots.${index}.endTime`}
                defaultValue={slot.endTime}
                {...describedBy(`slots.${index}.endTime`, errors)}
              />
              <FieldError name={`slots.${index}.endTime`} errors={errors} />
            </div>
            {hydrated ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setSlots(slots.filter((other) => other.key !== slot.key))}
              >
                {t("removeSlot", { number: index + 1 })}
              </button>
            ) : null}
          </fieldset>
        ))}
        {hydrated ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setSlots([...slots, { weekday: 1, startTime: "09:00", endTime: "12:00", key: nextKey }]);
              setNextKey(nextKey + 1);
            }}
          >
            {t("addSlot")}
          </button>
        ) : null}
        <TextAreaField
          name="scheduleText"
          label={t("scheduleText")}
          hint={t("scheduleTextHint")}
          errors={errors}
          defaultValue={values.scheduleText}
          rows={2}
        />
        <div className="form-row">
          <TextField
            type="date"
            name="validFrom"
            label={t("validFrom")}
            errors={errors}
            defaultValue={values.validFrom}
          />
          <TextField
            type="date"
            name="validUntil"
            label={t("validUntil")}
            hint={t("validUntilHint")}
            errors={errors}
            defaultValue={values.validUntil}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("sectionConditions")}</legend>
        <SelectField
          name="costKind"
          label={t("costKind")}
          errors={errors}
          required
          defaultValue={values.costKind}
          options={costKinds.map((kind) => ({ value: kind, label: t(`cost.${kind}`) }))}
        />
        <TextField name="costNote" label={t("costNote")} errors={errors} defaultValue={values.costNote} />
        <CheckboxField
          name="registrationRequired"
          label={t("registrationRequired")}
          errors={errors}
          defaultChecked={values.registrationRequired}
        />
        <TextAreaField
          name="accessibility"
          label={t("accessibility")}
          hint={t("accessibilityHint")}
          errors={errors}
          defaultValue={values.accessibility}
          rows={2}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("sectionContact")}</legend>
        <TextField
          name="contactName"
          label={t("contactName")}
          errors={errors}
          defaultValue={values.contactName}
          autoComplete="name"
        />
        <TextField
          type="email"
          name="contactEmail"
          label={t("contactEmail")}
          errors={errors}
          defaultValue={values.contactEmail}
          autoComplete="email"
        />
        <TextField
          type="tel"
          name="contactPhone"
          label={t("contactPhone")}
          errors={errors}
          defaultValue={values.contactPhone}
          autoComplete="tel"
        />
      </fieldset>

      <button type="submit" className="button" disabled={form.pending}>
        {form.pending ? tf("saving") : submitLabel}
      </button>
    </SchemaForm>
  );
}
