"use client";

import { useEffect } from "react";
import { isNarrowScreen } from "./filter-disclosure";

/**
 * Submits the filter form as soon as a checkbox or the sort order changes. Without JavaScript the form's own
 * button does the same, so this is a convenience, not a requirement. On a phone a ticked filter waits for that
 * button: submitting would reload the page and close the disclosure after every tick.
 */
export function AutoSubmit({ formId }: { formId: string }) {
  useEffect(() => {
    const onChange = (event: Event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement | null;
      const form = target?.form;
      if (!target || !form || form.id !== formId || target.type === "search") return;
      if (isNarrowScreen() && target.closest(".filter-disclosure")) return;
      form.requestSubmit();
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, [formId]);
  return null;
}
