import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";

// Sign-in on the main e2e server, which has no SMTP_URL: the magic link is read from the development mailbox.

/** The mailed link opens a page with a "Sign in" button; only its press signs in (ADR 011). */
export const SIGN_IN_LINK_PATH = "/anmelden/bestaetigen";

/** On the page the mailed link opened: presses "Sign in" and waits until it has led on. */
export async function pressSignInButton(page: Page): Promise<void> {
  await page.locator('main form[action="/api/auth/callback/email"] button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.endsWith(SIGN_IN_LINK_PATH));
}

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
    .locator(`a[href*="${SIGN_IN_LINK_PATH}"]`)
    .first()
    .getAttribute("href");
  await page.goto(link!);
  await pressSignInButton(page);
  return link!;
}

const SESSIONS = "tests/.tmp/e2e/sessions";

/**
 * The person's session cookies, signed in once per test run and reused: sign-in links are limited to 5 per
 * address and hour (on purpose), and tests that are not about signing in should not spend them.
 */
export async function reuseSession(context: BrowserContext, email: string): Promise<void> {
  const file = path.join(SESSIONS, `${email}.json`);
  if (!existsSync(file)) {
    const page = await context.newPage();
    await signInThroughDevMailbox(page, email);
    mkdirSync(SESSIONS, { recursive: true });
    writeFileSync(file, JSON.stringify(await context.storageState()));
    await page.close();
    return;
  }
  const state = JSON.parse(readFileSync(file, "utf8")) as { cookies: Parameters<BrowserContext["addCookies"]>[0] };
  await context.addCookies(state.cookies);
}
