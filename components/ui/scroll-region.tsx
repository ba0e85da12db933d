import type { ReactNode } from "react";

/**
 * A wide table scrolls inside this box instead of the page (WCAG 1.4.10 allows two-dimensional scrolling for
 * data tables). Focusable and named, so keyboard users can scroll it and screen readers announce it.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
