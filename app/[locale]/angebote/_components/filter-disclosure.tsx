"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** Where the filters stand beside the results (the two columns of .search-layout in globals.css). */
const WIDE_SCREEN = "(min-width: 52rem)";

/**
 * The filters behind a "Filter (n)" disclosure, so on a phone the results come first. A plain <details> works
 * without JavaScript and with the keyboard; with JavaScript it opens by itself where there is room beside the
 * results, as the filters were always shown there.
 */
export function FilterDisclosure({
  summary,
  count,
  children,
}: {
  summary: string;
  count: number;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const wide = window.matchMedia(WIDE_SCREEN);
    const openIfWide = () => {
      if (wide.matches && ref.current) ref.current.open = true;
    };
    openIfWide();
    wide.addEventListener("change", openIfWide);
    return () => wide.removeEventListener("change", openIfWide);
  }, []);
  return (
    <details ref={ref} className="filter-disclosure search-layout__filters">
      <summary>
        {summary} <span className="filter-disclosure__count">({count})</span>
      </summary>
      {children}
    </details>
  );
}

/** True where the filters are not beside the results: there a change waits for "Apply filters". */
export function isNarrowScreen(): boolean {
  return !window.matchMedia(WIDE_SCREEN).matches;
}
