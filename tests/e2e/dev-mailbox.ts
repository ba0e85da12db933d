import type { Page } from "@playwright/test";

// Sign-in on the main e2e server, which has no SMTP_URL: the magic link is read from the development mailbox.

/** Signs in with the newest magic link for `email` and returns the link. */
export async function signInThroughDevMailbox(page: Page, email: string, locale = "de"): Promise<string> {
  await page.goto(`/${locale}/anmelden`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/anmelden\/pruefen/);
  await page.goto(`/${locale}/entwicklung/postfach`);
  const link = await page
    .locator("article", { hasText: email })
    .first()
    .locator('a[href*="/api/auth/callback/"]')
    .first()
    .getAttribute("href");
  await page.goto(link!);
  return link!;
}
