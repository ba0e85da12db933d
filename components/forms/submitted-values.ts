"use client";

import { createContext, useContext } from "react";
import type { SubmittedValues } from "@/lib/result";

/** The values of a submit the server refused; null while nothing was sent (the fields show their defaults). */
export const SubmittedValuesContext = createContext<SubmittedValues | null>(null);

/**
 * The value a field shows: what was sent when the server refused it, else the field's default. Once a form was
 * sent, a missing name means the field was empty or unchecked, not "use the default".
 */
export function useSubmittedValues() {
  const values = useContext(SubmittedValuesContext);
  return {
    text: (name: string, fallback: string | number | null | undefined): string =>
      values ? (values[name]?.[0] ?? "") : fallback == null ? "" : String(fallback),
    checked: (name: string, value: string, fallback: boolean): boolean =>
      values ? (values[name] ?? []).includes(value) : fallback,
  };
}
