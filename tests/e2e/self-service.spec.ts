import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { pressSignInButton, signInThroughDevMailbox as signIn, reuseSession } from "./dev-mailbox";
import { expect, findAccessibilityViolations, test } from "./fixtures";

// The integration worker's journey on the running app (npm start, demo data, development mailbox): sign in by
// magic link, create and submit an offer, an admin publishes it, search finds it, an edit goes live at once,
// the offer goes stale, the reminder digest arrives, one click from it makes the offer fresh again.

// Auth.js redirects to unprefixed paths; the locale then comes from Accept-Language.
test.use({ locale: "de-DE" });

const E2E_DATABASE = "tests/.tmp/e2e/atlas.db";
const TITLE = `Nähcafé Lebenslauf ${Date.now()}`;

async function newestMailLink(page: Page, subject: RegExp, hrefPart: string): Promise<string> {
  await page.goto("/de/entwicklung/postfach");
  const mail = page.locator("article", { has: page.getByRole("heading", { name: subject }) }).first();
  return (await mail.locator(`a[href*="${hrefPart}"]`).first().getAttribute("href"))!;
}

test("a magic link signs in once; used again it gets a clear page", async ({ page }) => {
  const link = await signIn(page, "redaktion@example.org");
  await expect(page).toHaveURL(/\/de\/dashboard/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mein Bereich");
  await page.context().clearCookies();
  await page.goto(link);
  await pressSignInButton(page);
  await expect(page).toHaveURL(/\/anmelden\/fehler\?error=Verification/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmeldung nicht möglich");
});

test("an offer goes from draft to published, is found, edited, goes stale and is confirmed from the digest", async ({
  browser,
}) => {
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "redaktion@example.org");
  await editor.locator(".card h3 a").first().click();
  await editor.getByRole("link", { name: "Neues Angebot" }).click();

  // Empty form: the error summary names the fields and nothing is saved.
  await editor.getByRole("button", { name: "Als Entwurf speichern" }).click();
  await expect(editor.locator(".error-summary")).toBeFocused();
  await expect(editor.locator(".error-summary li")).toHaveCount(5);

  await editor.getByLabel("Titel").fill(TITLE);
  await editor.getByLabel("Kurzbeschreibung").fill("Nähen lernen und dabei Deutsch sprechen.");
  await editor
    .getByLabel("Ausführliche Beschreibung")
    .fill("Jeden Mittwoch nähen wir gemeinsam; Maschinen sind vorhanden.");
  await editor.locator('input[name="topics[]"]').first().check();
  await editor.locator('input[name="municipalities[]"]').first().check();
  await editor.getByLabel("Postleitzahl").fill("99999");
  await editor.getByLabel("Stadt oder Gemeinde des Ortes").selectOption("verl");
  await editor.getByRole("button", { name: "Als Entwurf speichern" }).click();
  await expect(editor.locator(".error-summary")).toContainText("gehört nicht zu Verl");
  await expect(editor.getByLabel("Titel")).toHaveValue(TITLE); // nothing typed is lost
  await editor.getByLabel("Postleitzahl").fill("33415");
  await editor.getByRole("button", { name: "Als Entwurf speichern" }).click();
  await editor.waitForURL(/\/dashboard\/angebote\/[a-z0-9]+/);
  await editor.getByRole("button", { name: "Zur Freigabe einreichen" }).click();
  await expect(editor.locator(".badges .badge").first()).toHaveText("In Prüfung");

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@example.org");
  await admin.goto("/de/verwaltung?section=offers");
  const item = admin.locator("article", { hasText: TITLE });
  await item.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(item).toBeHidden();

  await expect
    .poll(
      async () =>
        (
          (await (await editor.request.get(`/api/v1/search?q=${encodeURIComponent("Nähcafé Lebenslauf")}`)).json()) as {
            total: number;
          }
        ).total,
      { timeout: 5_000 },
    )
    .toBeGreaterThan(0);

  // An edit of a published offer is live at once and waits for the admins' second look.
  await editor.reload();
  await editor.getByLabel("Kurzbeschreibung").fill("Nähen lernen, Deutsch sprechen, Kaffee trinken.");
  await editor.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(editor.getByText("Gespeichert.")).toBeVisible();
  await admin.goto("/de/verwaltung?section=secondLooks");
  await expect(admin.locator("article", { hasText: TITLE })).toBeVisible();

  // Six months pass without a confirmation.
  const db = new Database(E2E_DATABASE);
  db.prepare(`UPDATE "Offer" SET "lastConfirmedAt" = ? WHERE "title" = ?`).run(Date.now() - 3_000 * 86_400_000, TITLE);
  db.close();
  execFileSync("npx", ["tsx", "scripts/jobs-reminders.ts"], {
    env: { ...process.env, DATABASE_URL: `file:./${E2E_DATABASE}`, DATA_DIR: "./tests/.tmp/e2e", PORT: "3100" },
    stdio: "pipe",
  });
  const confirmLink = await newestMailLink(editor, /noch aktuell/, "/angebot-aktualisieren");
  await editor.context().clearCookies(); // the link needs no sign-in
  await editor.goto(confirmLink);
  await editor.getByRole("button", { name: "Ja, ist noch aktuell" }).click();
  await expect(editor.getByRole("status")).toContainText("Danke");
  await editor.goto(confirmLink);
  await expect(editor.getByText("Dieser Link wurde schon benutzt")).toBeVisible();
  await editor.goto(`${confirmLink}x`);
  await expect(editor.getByText("ungültig")).toBeVisible();
});

for (const locale of ["de", "ar"]) {
  test(`dashboard and forms have no accessibility violations (${locale})`, async ({ page }) => {
    await reuseSession(page.context(), "redaktion@example.org");
    await page.goto(`/${locale}/dashboard`);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.locator(".card h3 a").first().click();
    await page.waitForURL(/\/dashboard\/organisationen\/[a-z0-9-]+$/);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    const organisationUrl = page.url();
    await page.goto(`${organisationUrl}/angebote/neu`);
    await page.locator('form button[type="submit"]').last().click();
    await expect(page.locator(".error-summary")).toBeVisible(); // checked with the error summary showing
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.goto(`${organisationUrl}/profil`);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.goto(`/${locale}/konto`);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.goto(`/${locale}/anmelden`);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
}
