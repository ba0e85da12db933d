import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { pressSignInButton, SIGN_IN_LINK_PATH } from "./dev-mailbox";
import { linkIn, startSmtpApp, type SmtpApp } from "./smtp-app";

// Sign-in the way production does it: the magic link leaves through SMTP, a real mail server (smtp-server in
// this process) receives it, and the link from the received mail opens the app's page on its public address,
// whose "Sign in" button signs in (ADR 011).

const PORT = Number(process.env.E2E_SMTP_PORT ?? 3101);
let app: SmtpApp;

test.use({ locale: "de-DE" });
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  app = await startSmtpApp(PORT);
});

test.afterAll(async () => {
  await app?.stop();
});

/** Asks the SMTP instance for a sign-in link for `email` and returns the link from the received mail. */
async function requestLink(page: Page, email: string, locale = "de"): Promise<string> {
  const since = app.mails.length;
  await page.goto(`${app.baseURL}/${locale}/anmelden`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/anmelden\/pruefen/);
  return linkIn(await app.waitForMail(email, /.+/, since), SIGN_IN_LINK_PATH);
}

const hasSession = async (page: Page) =>
  (await page.context().cookies()).some((cookie) => cookie.name.includes("session-token"));

test("the magic link opens a page whose button signs in, once", async ({ page, externalRequests }) => {
  await page.goto(`${app.baseURL}/de/anmelden`);
  await page.getByLabel("E-Mail-Adresse").fill("redaktion@example.org");
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/anmelden\/pruefen/);

  const mail = await app.waitForMail("redaktion@example.org", /Anmeldelink/);
  const link = linkIn(mail, SIGN_IN_LINK_PATH);
  expect(new URL(link).origin).toBe(app.baseURL);
  expect(mail.text).toContain("30 Minuten");
  // No personal data in the URL: the token and where to go next, not the address.
  expect([...new URL(link).searchParams.keys()].sort()).toEqual(["callbackUrl", "token"]);
  expect(decodeURIComponent(link)).not.toContain("example.org");

  // Opening the link (as a mail scanner does) signs nobody in.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmeldung bestätigen");
  // Whose account the button opens, masked: a link an attacker sent for their own account is recognised.
  await expect(page.getByText("Sie melden sich an als r•••@example.org.")).toBeVisible();
  expect(await hasSession(page)).toBe(false);

  await pressSignInButton(page);
  await expect(page).toHaveURL(/\/de\/dashboard/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mein Bereich");
  expect(await hasSession(page)).toBe(true);

  await page.context().clearCookies();
  await page.goto(link);
  await pressSignInButton(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmeldung nicht möglich");
  expect(await hasSession(page)).toBe(false);
  expect(externalRequests).toEqual([]);
});

test("a link cannot sign in from another site's form or by a GET of the sign-in route", async ({ page }) => {
  const link = await requestLink(page, "redaktion@example.org");
  const token = new URL(link).searchParams.get("token")!;
  const callback = `${app.baseURL}/api/auth/callback/email`;

  // Login CSRF: a form on another site posting someone's token is refused, and the token stays unused.
  const forged = await page.request.post(callback, {
    form: { token, callbackUrl: "/de/dashboard" },
    headers: { Origin: "https://attacker.example" },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  expect(await hasSession(page)).toBe(false);

  // The route Auth.js used to mail only leads to the button page, without signing in.
  await page.goto(`${callback}?token=${token}&callbackUrl=%2Fde%2Fdashboard&email=redaktion%40example.org`);
  await expect(page).toHaveURL(new RegExp(`${SIGN_IN_LINK_PATH}\\?`));
  expect(page.url()).not.toContain("example.org");
  expect(await hasSession(page)).toBe(false);

  await pressSignInButton(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mein Bereich");
});

test("the mail is in the language the person signed in with", async ({ page }) => {
  const link = new URL(await requestLink(page, "admin@example.org", "ar"));
  const mail = app.mails.at(-1)!;
  expect(mail.subject).toMatch(/[\u0600-\u06FF]/);
  expect(link.pathname).toBe(`/ar${SIGN_IN_LINK_PATH}`);
  expect(link.searchParams.get("callbackUrl")).toContain("/ar/");
});

test("with a mail server configured, the development mailbox does not exist", async ({ request }) => {
  const response = await request.get(`${app.baseURL}/de/entwicklung/postfach`);
  expect(response.status()).toBe(404);
});
