import type { Page } from "@playwright/test";
import { expect, findAccessibilityViolations, test } from "./fixtures";
import { linkIn, signInThroughMail, startSmtpApp, type SmtpApp } from "./smtp-app";

// The conference journey of the "Done when", on an app instance that mails through a real SMTP server
// (smtp-server in this process): the demo attendee registers for the demo conference and gets a working group,
// finds another attendee by topic, sends a contact request; the other person accepts it from the mailed link;
// both see each other's contact details; the attendee posts a recommendation in the working group.

const PORT = Number(process.env.E2E_SMTP_PORT ?? 3101);
const ATTENDEE = "teilnahme@example.org";
const OTHER = "netzwerk@example.org";
const OTHER_NAME = "Noor Beispiel (Demo, Netzwerk)";
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

async function expectNoViolations(page: Page, what: string) {
  const violations = await findAccessibilityViolations(page);
  expect(violations, `${what}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

test("register, find someone by topic, exchange contacts, post a recommendation", async ({ browser }) => {
  test.setTimeout(120_000);
  const attendee = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await signInThroughMail(attendee, app, ATTENDEE);

  // The event page: places, deadline, groups, calendar file; then the registration form.
  await attendee.goto(`${app.baseURL}/de/veranstaltungen`);
  await attendee.locator(".card h2 a").first().click();
  await expect(attendee.getByRole("heading", { level: 1 })).toContainText("Integrationskonferenz");
  await expect(attendee.getByText(/Noch \d+ von 100 Plätzen frei/)).toBeVisible();
  // The deadline as people say it, the day it ends in Berlin: not "… um 00:00" of the next day.
  await expect(attendee.getByText(/^bis einschließlich \d{1,2}\. \p{L}+ \d{4}$/u)).toBeVisible();
  const ical = await attendee.request.get(
    (await attendee.getByRole("link", { name: /In den Kalender/ }).getAttribute("href"))!,
  );
  expect(ical.headers()["content-type"]).toContain("text/calendar");
  expect(await ical.text()).toContain("BEGIN:VEVENT");
  await expectNoViolations(attendee, "event page");

  await attendee.getByRole("link", { name: "Jetzt anmelden" }).click();
  await expect(attendee.getByLabel("Name", { exact: true })).toHaveValue(/Toni Probe/);
  // Submitting without a working group names the field and keeps what was typed.
  await attendee.getByRole("textbox", { name: /^Funktion/ }).fill("Integrationslotse");
  await attendee.getByRole("button", { name: "Verbindlich anmelden" }).click();
  await expect(attendee.locator(".error-summary")).toBeFocused();
  await expect(attendee.getByRole("textbox", { name: /^Funktion/ })).toHaveValue("Integrationslotse");
  await expectNoViolations(attendee, "registration form with errors");

  const firstChoice = attendee.getByLabel("Erste Wahl");
  const groupTitle = (await firstChoice.locator("option").nth(1).textContent())!.replace(/\s*\(.*\)$/, "");
  await firstChoice.selectOption({ index: 1 });
  await attendee.getByLabel("Ihr Name").selectOption("attendees");
  await attendee.getByLabel(/Ihre Themen/).selectOption("attendees");
  await attendee.getByRole("button", { name: "Verbindlich anmelden" }).click();
  await expect(attendee.getByText("Sie sind angemeldet. Ihr Platz ist bestätigt.")).toBeVisible();
  await expect(attendee.getByText(`Ihre Arbeitsgruppe: ${groupTitle}`)).toBeVisible();
  const confirmation = await app.waitForMail(ATTENDEE, /Anmeldung bestätigt/);
  expect(linkIn(confirmation, "/veranstaltungen/")).toContain(app.baseURL);
  expect(confirmation.text).toMatch(/^Wann: .+ \d{4}, 09:00–16:30 Uhr$/m);
  expect(confirmation.text).toContain(`Ihre Arbeitsgruppe: ${groupTitle}`);

  // "Mein Bereich" now leads with the conference: the registration, then the way into organisations.
  await attendee.getByRole("link", { name: "Mein Bereich" }).click();
  const conference = attendee.getByRole("region", { name: "Konferenz und Netzwerk" });
  await expect(conference.getByRole("listitem").filter({ hasText: "Angemeldet" })).toContainText(
    "Integrationskonferenz",
  );
  await expect(attendee.locator("main h2")).toHaveText(["Konferenz und Netzwerk", "Meine Organisationen"]);

  // The directory: the other attendee is found by topic.
  await attendee.goto(`${app.baseURL}/de/netzwerk`);
  await attendee.getByLabel("Thema").selectOption({ index: 1 });
  await attendee.getByRole("button", { name: "Suchen" }).click();
  const directory = attendee.getByRole("region", { name: "Teilnehmende finden" });
  await expect(directory.getByRole("link", { name: OTHER_NAME })).toBeVisible();
  // The suggestions explain themselves.
  await expect(attendee.getByRole("region", { name: "Menschen, die Sie kennenlernen sollten" })).toContainText(
    OTHER_NAME,
  );
  // What was searched for comes first, the suggestions after it.
  await expect(attendee.locator("main h2")).toHaveText([
    "Teilnehmende finden",
    "Menschen, die Sie kennenlernen sollten",
  ]);
  await expectNoViolations(attendee, "directory");
  await directory.getByRole("link", { name: OTHER_NAME }).click();
  await expect(attendee.getByRole("heading", { level: 1 })).toHaveText(OTHER_NAME);
  // Not connected yet: no contact details.
  await expect(attendee.getByText(OTHER)).toHaveCount(0);
  await attendee.getByLabel("Ihre Nachricht").fill("Hallo Noor, wir suchen Sprachmittlung für unser Elterncafé.");
  await attendee.getByRole("button", { name: `Kontaktanfrage an ${OTHER_NAME} senden` }).click();
  await expect(attendee.getByText(`Ihre Kontaktanfrage an ${OTHER_NAME} wartet auf Antwort.`)).toBeVisible();
  await expectNoViolations(attendee, "profile page");

  // The other person gets the request by mail, follows its link, accepts.
  const request = await app.waitForMail(OTHER, /Kontaktanfrage von Toni Probe/);
  expect(request.text).toContain("Elterncafé");
  const other = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await signInThroughMail(other, app, OTHER);
  await other.goto(linkIn(request, "/netzwerk/kontakte"));
  await expectNoViolations(other, "contacts page");
  await other.getByRole("button", { name: /Anfrage von Toni Probe .* annehmen/ }).click();
  await expect(other.getByRole("link", { name: ATTENDEE })).toBeVisible();
  await app.waitForMail(ATTENDEE, /hat Ihre Kontaktanfrage angenommen/);

  // Now both see each other's details.
  await attendee.goto(`${app.baseURL}/de/netzwerk/kontakte`);
  await expect(attendee.getByRole("link", { name: OTHER })).toBeVisible();

  // The working group space: post a recommendation, support it.
  await attendee.goto(`${app.baseURL}/de/netzwerk/arbeitsgruppen`);
  await attendee.getByRole("link", { name: groupTitle }).first().click();
  const title = `Sprachkurse auch abends ${Date.now()}`;
  await attendee.getByLabel("Titel").fill(title);
  await attendee.getByLabel("Empfehlung", { exact: true }).fill("Viele Eltern arbeiten tagsüber; Kurse ab 18 Uhr.");
  await attendee.getByRole("button", { name: "Empfehlung einstellen" }).click();
  await expect(attendee.getByRole("heading", { name: title })).toBeVisible();
  await expectNoViolations(attendee, "working group space");
});

test("an attendee without an organisation lands on the network after signing in", async ({ page }) => {
  // A demo attendee: registered for the conference, with a network profile, in no organisation.
  await signInThroughMail(page, app, "teilnehmende-2@example.org");
  await expect(page).toHaveURL(`${app.baseURL}/de/netzwerk`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Netzwerk");
  // "Mein Bereich" still opens the overview, with the registration and the profile.
  await page.getByRole("link", { name: "Mein Bereich" }).click();
  const conference = page.getByRole("region", { name: "Konferenz und Netzwerk" });
  await expect(conference).toContainText("Integrationskonferenz");
  await expect(conference.getByRole("link", { name: "Mein Netzwerkprofil" })).toBeVisible();
});

test("event, registration, directory and profile pages have no axe violations in Arabic", async ({ page }) => {
  await signInThroughMail(page, app, OTHER, "ar");
  await page.goto(`${app.baseURL}/ar/veranstaltungen`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expectNoViolations(page, "ar event list");
  await page.locator(".card h2 a").first().click();
  await page.waitForURL(/\/ar\/veranstaltungen\/[^/]+$/);
  await expectNoViolations(page, "ar event page");
  for (const path of ["/ar/netzwerk", "/ar/netzwerk/profil", "/ar/netzwerk/kontakte", "/ar/netzwerk/arbeitsgruppen"]) {
    await page.goto(`${app.baseURL}${path}`);
    await expectNoViolations(page, path);
  }
  await page.goto(`${app.baseURL}/ar/netzwerk`);
  const profileLink = page.locator(".profile-card a, article a").first();
  const profileHref = await profileLink.getAttribute("href");
  await profileLink.click();
  await page.waitForURL((url) => url.pathname === profileHref);
  await expectNoViolations(page, "ar profile page");
});

test("the registration form in Arabic has no axe violations", async ({ page }) => {
  await signInThroughMail(page, app, "teilnehmende-1@example.org", "ar");
  // A registered attendee is told so; cancel first to see the form.
  await page.goto(`${app.baseURL}/ar/veranstaltungen`);
  await page.locator(".card h2 a").first().click();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.locator("form.action-button button").click();
  // Cancelled: the page offers registration again.
  await page.locator('a[href$="/anmeldung"]').click();
  await expect(page.locator("form.form")).toBeVisible();
  await expectNoViolations(page, "ar registration form");
});

test("the admin's event pages: registrations, CSV, check-in list and badges", async ({ page }) => {
  await signInThroughMail(page, app, "admin@example.org");
  await page.goto(`${app.baseURL}/de/verwaltung/veranstaltungen`);
  await expectNoViolations(page, "admin event list");
  const href = await page
    .locator("main a[href*='/verwaltung/veranstaltungen/integrationskonferenz']")
    .first()
    .getAttribute("href");
  const slug = /veranstaltungen\/(integrationskonferenz-\d+)/.exec(href!)![1]!;
  const eventUrl = `${app.baseURL}/de/verwaltung/veranstaltungen/${slug}`;
  await page.goto(eventUrl);
  await expect(page.getByRole("table")).toContainText(OTHER_NAME);
  await expectNoViolations(page, "admin event page");

  const csv = await page.request.get(`${eventUrl}/anmeldungen.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(OTHER_NAME);

  await page.goto(`${eventUrl}/einlass`);
  const arrived = page.getByRole("button", { name: new RegExp(`: ${OTHER_NAME.replace(/[()]/g, "\\$&")}`) });
  await expect(arrived).toHaveAttribute("aria-pressed", "false");
  await arrived.click();
  await expect(arrived).toHaveAttribute("aria-pressed", "true");
  await expectNoViolations(page, "check-in list");
  await page.goto(`${eventUrl}/namensschilder`);
  // Noor shows her name to attendees, so her badge carries a QR code to her profile.
  await expect(page.locator(".name-badge__qr svg").first()).toBeVisible();
  await expectNoViolations(page, "badges");
});
