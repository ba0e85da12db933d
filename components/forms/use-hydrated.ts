"use client";

import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * False on the server and in the first render in the browser, true once React runs there. Controls that only
 * work with JavaScript (add a row, place a marker, share) appear when it is true; without JavaScript the page
 * keeps its plain-form fallback.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
