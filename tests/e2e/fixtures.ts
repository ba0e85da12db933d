import { test as base, expect, type Page } from "@playwright/test";

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/**
 * Every test gets a page whose requests to anything but localhost are aborted and recorded, so no test can
 * depend on (or leak to) the outside world, and `externalRequests` proves the page made none.
 */
export const test = base.extend<{ externalRequests: string[] }>({
  externalRequests: async ({ context }, provide) => {
    const external: string[] = [];
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === "data:" || url.protocol === "blob:" || url.hostname === "localhost") return route.continue();
      external.push(url.href);
      return route.abort("blockedbyclient");
    });
    await provide(external);
  },
});

export { expect };

/** Uncaught exceptions and console errors of the page, collected from now on (a list to compare with []). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

/** Runs axe-core with the WCAG 2.1 A and AA rules and returns the violations. */
export async function findAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // A click starts a client navigation that swaps the <title> after the new page streams in; axe run in
  // between finds no title. Wait for one, briefly: a page that truly lacks it is then reported by axe.
  await page.waitForLoadState("load");
  await page.waitForFunction(() => document.title.trim() !== "", null, { timeout: 5_000 }).catch(() => undefined);
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  });
}
