import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The headers of ADR 011: a CSP with a nonce per response and no 'unsafe-inline' for scripts, and the pages
// still work under it: no violation is reported and the scripts run (the map draws, forms hydrate).

/** Records CSP violations the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      void (window as unknown as { reportViolation: (text: string) => Promise<void> }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

function nonceOf(policy: string | undefined): string {
  const nonce = policy?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
  expect(nonce, `no nonce in ${policy}`).toBeTruthy();
  return nonce!;
}

test("pages carry a CSP with a fresh nonce on every script, and the other security headers", async ({ request }) => {
  const first = await request.get("/de");
  const second = await request.get("/de");
  const headers = first.headers();
  const policy = headers["content-security-policy"];
  const scriptSources = policy?.split(";").find((part) => part.trim().startsWith("script-src"));
  expect(scriptSources).toContain("'strict-dynamic'");
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(scriptSources).not.toContain("'unsafe-eval'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("connect-src 'self'");
  const nonce = nonceOf(policy);
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);

  // Next put the nonce on every script it rendered; none runs without it.
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // PUBLIC_URL is http here: no HSTS, which would otherwise stick to localhost.
  expect(headers["strict-transport-security"]).toBeUndefined();
});

test("API answers get a policy that lets nothing load, and the same headers", async ({ request }) => {
  const headers = (await request.get("/api/health")).headers();
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
});

test("no CSP violation on the home, results, offer and sign-in pages, and their scripts run", async ({
  page,
  externalRequests,
}) => {
  const violations = await watchViolations(page);

  await page.goto("/de");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto("/de/angebote");
  // Leaflet is loaded by a script chunk: it draws the borders and markers only if scripts run.
  await expect(page.locator(".leaflet-overlay-pane path")).toHaveCount(14);
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();

  await page.locator("[data-offer-list] article h3 a").first().click();
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();

  await page.goto("/de/anmelden");
  // The form validates in the browser once hydrated: an empty submit shows the summary without a request.
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator(".error-summary")).toBeVisible();

  expect(violations).toEqual([]);
  expect(externalRequests).toEqual([]);
});
