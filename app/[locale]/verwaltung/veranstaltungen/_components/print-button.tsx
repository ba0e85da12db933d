"use client";

/** Opens the browser's print dialog; the print styles in globals.css leave only the list or the badges. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
