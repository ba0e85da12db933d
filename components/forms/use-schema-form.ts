"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { z } from "zod";
import { fieldErrorsOf, type ActionResult, type FieldErrors } from "@/lib/result";
import { formDataToObject } from "@/lib/validation/form-data-to-object";

// zod probes `new Function` to speed up parsing; the CSP forbids eval (ADR 011), so the probe would be reported
// as a violation on every form page. Parsing without it is fast enough for a form.
z.config({ jitless: true });

export type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * Runs a form through the same zod schema the server action uses, then the action. Submitting through onSubmit
 * (not React's form reset) keeps every value the person typed when the server answers with errors. Without
 * JavaScript the form posts to the same action (see SchemaForm), and the failure's values refill the fields.
 */
export function useSchemaForm<T>(schema: z.ZodType | null, action: FormAction<T>) {
  const [result, dispatch, pending] = useActionState(action, null);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [submitCount, setSubmitCount] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    setSubmitCount((count) => count + 1);
    if (schema) {
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        setClientErrors(fieldErrorsOf(parsed.error));
        return;
      }
    }
    setClientErrors(null);
    startTransition(() => dispatch(formData));
  }

  const fieldErrors = clientErrors ?? (result && !result.ok ? (result.fieldErrors ?? {}) : {});
  const failure = clientErrors ? null : result && !result.ok ? result : null;
  const values = failure?.values ?? null;
  return { onSubmit, result, fieldErrors, failure, values, pending, submitCount, formAction: dispatch };
}

export type SchemaFormState<T> = ReturnType<typeof useSchemaForm<T>>;
