import { expect, test } from "./fixtures";
import { linkIn, startSmtpApp, type SmtpApp } from "./smtp-app";

// Sign-in the way production does it: the magic link leaves through SMTP, a real mail server (smtp-server in
// this process) receives it, and the link from the received mail signs in on the app's public address.

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

test("the magic link arrives at the mail server and signs in once", async ({ page, externalRequests }) => {
  await page.goto(`${app.baseURL}/de/anmelden`);
  await page.getByLabel("E-Mail-Adresse").fill("redaktion@example.org");
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/anmelden\/pruefen/);

  const mail = await app.waitForMail("redaktion@example.org", /Anmeldelink/);
  const link = linkIn(mail, "/api/auth/callback/");
  expect(new URL(link).origin).toBe(app.baseURL);
  expect(mail.text).toContain("30 Minuten");

  await page.goto(link);
  await expect(page).toHaveURL(/\/de\/dashboard/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mein Bereich");

  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmeldung nicht möglich");
  expect(externalRequests).toEqual([]);
});

test("the mail is in the language the person signed in with", async ({ page }) => {
  const since = app.mails.length;
  await page.goto(`${app.baseURL}/ar/anmelden`);
  await page.locator('input[name="email"]').fill("admin@example.org");
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/anmelden\/pruefen/);
  const mail = await app.waitForMail("admin@example.org", /.+/, since);
  expect(mail.subject).toMatch(/[\u0600-\u06FF]/);
  expect(new URL(linkIn(mail, "/api/auth/callback/")).searchParams.get("callbackUrl")).toContain("/ar/");
});

test("with a mail server configured, the development mailbox does not exist", async ({ request }) => {
  const response = await request.get(`${app.baseURL}/de/entwicklung/postfach`);
  expect(response.status()).toBe(404);
});
