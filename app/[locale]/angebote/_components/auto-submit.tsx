"use client";

import { useEffect } from "react";

/**
 * Submits the filter form as soon as a checkbox or the sort order changes. Without JavaScript the form's own
 * button does the same, so this is a convenience, not a requirement.
 */
export function AutoSubmit({ formId }: { formId: string }) {
  useEffect(() => {
    const onChange = (event: Event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement | null;
      if (target?.form?.id === formId && target.type !== "search") target.form.requestSubmit();
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, [formId]);
  return null;
}
