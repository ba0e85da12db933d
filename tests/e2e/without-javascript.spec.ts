import type { Page } from "@playwright/test";
import { reuseSession, signInThroughDevMailbox } from "./dev-mailbox";
import { expect, test } from "./fixtures";

// The weekly paths with JavaScript switched off: every form posts to its server action, the server answers with
// a page, errors name the fields and keep what was typed, confirmations survive the redirect, and no address
// or other input ever appears in a URL.

test.use({ javaScriptEnabled: false, locale: "de-DE" });
test.describe.configure({ mode: "serial" });

const NEWCOMER = `ohne-js-${Date.now()}@example.org`;
const OTHER_NAME = "Noor Beispiel (Demo, Netzwerk)";

/** Every URL the page visited from now on, to check that none carries what the person typed. */
function visitedUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) urls.push(frame.url());
  });
  return urls;
}

test("sign-in posts the address, says what is wrong, and signs in through the mailed link", async ({ page }) => {
  const urls = visitedUrls(page);
  await page.goto("/de/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill("ohne-at-zeichen");
  await page.getByRole("button", { name: "Anmeldelink senden" }).click();
  await expect(page.locator(".error-summary")).toContainText("E-Mail-Adresse");
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue("ohne-at-zeichen");

  await signInThroughDevMailbox(page, NEWCOMER);
  await expect(page.getByRole("link", { name: "Mein Bereich" })).toBeVisible();
  for (const url of urls) {
    expect(url).not.toContain("ohne-at-zeichen");
    expect(decodeURIComponent(url)).not.toContain(NEWCOMER);
  }
});

test("an editor creates an offer draft: errors keep the input, the schedule and location are plain fields", async ({
  page,
  context,
}) => {
  await reuseSession(context, "redaktion@example.org");
  await page.goto("/de/dashboard");
  const organisation = await page.locator('main a[href*="/dashboard/organisationen/"]').first().getAttribute("href");
  await page.goto(`${organisation}/angebote/neu`);
  const title = `Elterncafé ohne Skript ${Date.now()}`;
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Kurzbeschreibung").fill("Eltern treffen sich und sprechen über Schule und Kita.");
  // Without JavaScript the schedule has empty rows to fill in; the add button would need a script.
  await expect(page.getByRole("button", { name: "Termin hinzufügen" })).toHaveCount(0);
  const slot = page.locator("fieldset.slot").last();
  await slot.getByLabel("Wochentag").selectOption("3");
  await slot.getByLabel("Beginn").fill("15:00");
  await slot.getByLabel("Ende").fill("17:00");
  await page.getByLabel("Stadt oder Gemeinde des Ortes").selectOption({ label: "Gütersloh" });
  await page.getByLabel("Breitengrad").fill("51.9066");
  await page.getByLabel("Längengrad").fill("8.3784");
  await page.getByRole("button", { name: "Als Entwurf speichern" }).click();

  // Refused (no description, no topic): the summary names the fields, everything typed is still there.
  const summary = page.locator(".error-summary");
  await expect(summary).toContainText("Ausführliche Beschreibung");
  await expect(summary).toContainText("Themen");
  await expect(page.getByLabel("Titel")).toHaveValue(title);
  await expect(page.getByLabel("Breitengrad")).toHaveValue("51.9066");
  await expect(page.getByLabel("Stadt oder Gemeinde des Ortes")).toHaveValue("guetersloh");
  await expect(page.locator('input[value="15:00"]')).toHaveCount(1);

  await page
    .getByLabel("Ausführliche Beschreibung")
    .fill("Jeden Mittwoch beantworten Lotsinnen Fragen zu Schule, Kita und Elternabenden, auf Deutsch und Arabisch.");
  await page.getByRole("group", { name: "Themen" }).getByRole("checkbox").first().check();
  await page
    .getByRole("group", { name: /^Sprachen, in denen/ })
    .getByRole("checkbox")
    .first()
    .check();
  await page.getByLabel("Im ganzen Kreis").check();
  await page.getByRole("button", { name: "Als Entwurf speichern" }).click();

  await expect(page).toHaveURL(/\/de\/dashboard\/angebote\/[^/?]+\?hinweis=offerCreated$/);
  await expect(page.getByRole("status").filter({ hasText: "Entwurf angelegt" })).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue(title);
  await expect(page.locator('input[value="15:00"]')).toHaveCount(1);
});

test("a newcomer registers with working-group choices and sends a contact request", async ({ page }) => {
  await signInThroughDevMailbox(page, NEWCOMER);
  await page.goto("/de/veranstaltungen");
  await page.locator(".card h2 a").first().click();
  await page.getByRole("link", { name: "Jetzt anmelden" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Ohne Skript (Test)");
  await page.getByRole("button", { name: "Verbindlich anmelden" }).click();
  await expect(page.locator(".error-summary")).toContainText("Erste Wahl");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Ohne Skript (Test)");

  await page.getByLabel("Erste Wahl").selectOption({ index: 1 });
  await page.getByLabel("Zweite Wahl").selectOption({ index: 2 });
  await page.getByLabel("Ihr Name").selectOption("attendees");
  await page.getByRole("button", { name: "Verbindlich anmelden" }).click();
  await expect(page).toHaveURL(/\/de\/veranstaltungen\/[^/?]+\?hinweis=(registered|waitlisted)$/);
  await expect(page.locator(".action-notice")).toBeVisible();
  await expect(page.getByText(/Ihre Arbeitsgruppe|Arbeitsgruppe/).first()).toBeVisible();

  await page.goto(`/de/netzwerk?q=${encodeURIComponent("Noor")}`);
  await page.getByRole("link", { name: OTHER_NAME }).first().click();
  await page.getByLabel("Ihre Nachricht").fill("kurz");
  await page.getByRole("button", { name: `Kontaktanfrage an ${OTHER_NAME} senden` }).click();
  await expect(page.locator(".error-summary")).toBeVisible();
  await expect(page.getByLabel("Ihre Nachricht")).toHaveValue("kurz");
  await page.getByLabel("Ihre Nachricht").fill("Guten Tag, wir suchen Sprachmittlung für unser Elterncafé.");
  await page.getByRole("button", { name: `Kontaktanfrage an ${OTHER_NAME} senden` }).click();
  await expect(page.getByText(`Ihre Kontaktanfrage an ${OTHER_NAME} wartet auf Antwort.`)).toBeVisible();
});
