import type { z } from "zod";

// One result type for every server action (docs/decisions/008-action-results.md). Messages are keys of the
// "Errors" messages namespace, so the browser shows them in the reader's language; the server never sends
// prose, stack traces or internal messages.

export type ErrorCode = "invalid_input" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "rate_limited";

/** A message key of the "Errors" namespace with its ICU values, e.g. { key: "tooShort", values: { min: 3 } }. */
export type ErrorMessage = { key: string; values?: Record<string, string | number> };
export type FieldErrors = Record<string, ErrorMessage[]>;

/** What a form sent, by input name ("slots.0.weekday", "topics[]"), so a page rendered without JavaScript can show it again. */
export type SubmittedValues = Record<string, string[]>;

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: ErrorMessage; fieldErrors?: FieldErrors; values?: SubmittedValues };

/** An expected failure whose message is safe to show. Any other error is a bug and is not turned into a result. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string = code,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(messageKey);
    this.name = "DomainError";
  }
}

/** Maps zod issues to message keys with values; the same mapping serves the browser's check and the server's. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    (fieldErrors[field] ??= []).push(messageOf(issue));
  }
  return fieldErrors;
}

const MESSAGE_KEY = /^[a-z][A-Za-z]+$/;

function messageOf(issue: z.core.$ZodIssue): ErrorMessage {
  // A schema may name its own key ({ error: "postcodeFormat" }); zod's own messages are sentences.
  if (MESSAGE_KEY.test(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1
          ? { key: "required" }
          : { key: "tooShort", values: { min: Number(issue.minimum) } };
      if (issue.origin === "array" || issue.origin === "set")
        return { key: "chooseAtLeast", values: { min: Number(issue.minimum) } };
      return { key: "tooSmall", values: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { key: "tooLong", values: { max: Number(issue.maximum) } };
      if (issue.origin === "array" || issue.origin === "set")
        return { key: "chooseAtMost", values: { max: Number(issue.maximum) } };
      return { key: "tooBig", values: { max: Number(issue.maximum) } };
    case "invalid_format":
      if (issue.format === "email") return { key: "email" };
      if (issue.format === "url") return { key: "url" };
      return { key: "format" };
    case "invalid_type":
      return issue.input === undefined || issue.input === "" ? { key: "required" } : { key: "invalid" };
    case "invalid_value":
      return { key: "choose" };
    default:
      return { key: "invalid" };
  }
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new DomainError("invalid_input", "invalidInput", fieldErrorsOf(parsed.error));
}

/**
 * Runs an action's work and turns an expected failure into a result. Given the submitted form, a failure carries
 * its values back: without JavaScript the browser renders a new page, and the form must not lose what was typed.
 */
export async function runAction<T>(work: () => Promise<T>, submitted?: FormData): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error; // bugs (and Next's redirect/notFound) propagate
    return {
      ok: false,
      code: error.code,
      message: { key: error.messageKey },
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      ...(submitted ? { values: submittedValuesOf(submitted) } : {}),
    };
  }
}

function submittedValuesOf(formData: FormData): SubmittedValues {
  const values: SubmittedValues = {};
  for (const [name, value] of formData.entries()) {
    // React's own fields ($ACTION_…) name the action, not the person's input; files are in no form here.
    if (typeof value !== "string" || name.startsWith("$ACTION") || (!Object.hasOwn(values, name) && name in values))
      continue; // "__proto__" and friends name no field and would reach the prototype
    (values[name] ??= []).push(value);
  }
  return values;
}
