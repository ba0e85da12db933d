"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FieldError, useFieldIds } from "@/components/forms/field-errors";
import { useSubmittedValues } from "@/components/forms/submitted-values";
import type { FieldErrors } from "@/lib/result";

// Labelled inputs with hint and error tied to them (aria-describedby, aria-invalid). Uncontrolled: values stay
// as typed when the server answers with errors, and a page rendered without JavaScript shows what was sent.

type Common = { name: string; label: string; hint?: string; errors: FieldErrors; required?: boolean };

function Label({ name, label, required }: { name: string; label: string; required?: boolean }) {
  const t = useTranslations("Forms");
  const { id } = useFieldIds();
  return (
    <label htmlFor={id(name)}>
      {label}
      {required ? null : <span className="muted"> ({t("optional")})</span>}
    </label>
  );
}

function Hint({ name, hint }: { name: string; hint?: string }) {
  const { id } = useFieldIds();
  return hint ? (
    <p className="hint" id={`${id(name)}-hint`}>
      {hint}
    </p>
  ) : null;
}

export function TextField({
  name,
  label,
  hint,
  errors,
  required,
  defaultValue,
  type = "text",
  autoComplete,
  inputMode,
  maxLength,
  dir,
}: Common & {
  defaultValue?: string | number | null;
  type?: "text" | "email" | "tel" | "url" | "date" | "datetime-local" | "time" | "number";
  autoComplete?: string;
  inputMode?: "numeric" | "decimal" | "text";
  maxLength?: number;
  dir?: "ltr" | "rtl" | "auto";
}) {
  const { describedBy } = useFieldIds();
  const submitted = useSubmittedValues();
  return (
    <div className="form-field">
      <Label name={name} label={label} required={required} />
      <Hint name={name} hint={hint} />
      <input
        type={type}
        name={name}
        defaultValue={submitted.text(name, defaultValue)}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        dir={dir}
        {...describedBy(name, errors, Boolean(hint))}
      />
      <FieldError name={name} errors={errors} />
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  errors,
  required,
  defaultValue,
  rows = 5,
  dir,
}: Common & { defaultValue?: string | null; rows?: number; dir?: "ltr" | "rtl" | "auto" }) {
  const { describedBy } = useFieldIds();
  const submitted = useSubmittedValues();
  return (
    <div className="form-field">
      <Label name={name} label={label} required={required} />
      <Hint name={name} hint={hint} />
      <textarea
        name={name}
        rows={rows}
        defaultValue={submitted.text(name, defaultValue)}
        required={required}
        dir={dir}
        {...describedBy(name, errors, Boolean(hint))}
      />
      <FieldError name={name} errors={errors} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  required,
  defaultValue,
  options,
  placeholder,
}: Common & { defaultValue?: string | null; options: { value: string; label: string }[]; placeholder?: string }) {
  const { describedBy } = useFieldIds();
  const submitted = useSubmittedValues();
  return (
    <div className="form-field">
      <Label name={name} label={label} required={required} />
      <Hint name={name} hint={hint} />
      <select
        name={name}
        defaultValue={submitted.text(name, defaultValue)}
        required={required}
        {...describedBy(name, errors, Boolean(hint))}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError name={name} errors={errors} />
    </div>
  );
}

/** A group of checkboxes sent as a list (name[]); the fieldset's legend is its label. */
export function CheckboxGroup({
  name,
  label,
  hint,
  errors,
  options,
  defaultValues,
  required,
  columns,
}: Common & { options: { value: string; label: ReactNode }[]; defaultValues: string[]; columns?: boolean }) {
  const { id } = useFieldIds();
  const submitted = useSubmittedValues();
  const t = useTranslations("Forms");
  return (
    <fieldset
      className={`form-field checkbox-group${columns ? " checkbox-group--columns" : ""}`}
      id={id(name)}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={
        [hint ? `${id(name)}-hint` : "", errors[name] ? `${id(name)}-error` : ""].join(" ").trim() || undefined
      }
      tabIndex={-1}
    >
      <legend>
        {label}
        {required ? null : <span className="muted"> ({t("optional")})</span>}
      </legend>
      <Hint name={name} hint={hint} />
      <ul>
        {options.map((option) => (
          <li key={option.value}>
            <label>
              <input
                type="checkbox"
                name={`${name}[]`}
                value={option.value}
                defaultChecked={submitted.checked(`${name}[]`, option.value, defaultValues.includes(option.value))}
              />{" "}
              {option.label}
            </label>
          </li>
        ))}
      </ul>
      <FieldError name={name} errors={errors} />
    </fieldset>
  );
}

export function CheckboxField({
  name,
  label,
  hint,
  errors,
  defaultChecked,
  onChange,
}: Omit<Common, "required"> & { defaultChecked?: boolean; onChange?: (checked: boolean) => void }) {
  const { describedBy } = useFieldIds();
  const submitted = useSubmittedValues();
  return (
    <div className="form-field form-field--checkbox">
      <label>
        <input
          type="checkbox"
          name={name}
          defaultChecked={submitted.checked(name, "on", defaultChecked ?? false)}
          onChange={onChange ? (event) => onChange(event.currentTarget.checked) : undefined}
          {...describedBy(name, errors, Boolean(hint))}
        />{" "}
        {label}
      </label>
      <Hint name={name} hint={hint} />
      <FieldError name={name} errors={errors} />
    </div>
  );
}
