"use client";

import type { FormHTMLAttributes, ReactNode, Ref } from "react";
import { SubmittedValuesContext } from "@/components/forms/submitted-values";
import type { SchemaFormState } from "@/components/forms/use-schema-form";

type Props<T> = Omit<FormHTMLAttributes<HTMLFormElement>, "action" | "onSubmit" | "noValidate" | "method"> & {
  form: SchemaFormState<T>;
  ref?: Ref<HTMLFormElement>;
  children: ReactNode;
};

/**
 * A form that works with and without JavaScript. With it, onSubmit checks the schema in the browser and runs the
 * action in a transition. Without it, the browser posts the form to the same server action (React renders the
 * action's id into the form), the server answers with the page, and the fields show the values that were sent.
 * Either way nothing goes into the URL.
 */
export function SchemaForm<T>({ form, children, ...rest }: Props<T>) {
  return (
    <form {...rest} action={form.formAction} onSubmit={form.onSubmit} noValidate>
      <SubmittedValuesContext value={form.values}>{children}</SubmittedValuesContext>
    </form>
  );
}
