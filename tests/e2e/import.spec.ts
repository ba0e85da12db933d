import { reuseSession } from "./dev-mailbox";
import { expect, findAccessibilityViolations, test } from "./fixtures";

// The import (issue #15) as an admin walks it, without JavaScript: upload a German Excel CSV, confirm the guessed
// column mapping, read the dry run (each bad row with its reason, nothing written), run it, and find the imported
// offers waiting in the review queue.

test.use({ locale: "de-DE" });

const DESCRIPTION = "Gemeinsam Deutsch sprechen im Alltag, mit Kaffee und Kinderbetreuung.";
const CSV = [
  "ID;Angebot;Träger;Beschreibung;PLZ;Ort;E-Mail;Themen",
  `E2E-1;Sprachtreff am Bahnhof;Nachbarschaftshilfe Avenwedde;${DESCRIPTION};33335;Gütersloh;treff@example.org;Sprache und Bildung`,
  `E2E-2;Nähcafé International;Nachbarschaftshilfe Avenwedde;${DESCRIPTION};33335;Gütersloh;;Zusammenleben und aktive Teilhabe`,
  `E2E-3;Beratung in Bielefeld;Beratung Bielefeld;${DESCRIPTION};33602;Bielefeld;;Gesundheit und Pflege`,
  `E2E-4;Lernwerkstatt;Lernwerkstatt Verl;${DESCRIPTION};33415;Verl;lernwerkstatt(at)example;Sprache und Bildung`,
].join("\r\n");

test("an admin uploads a spreadsheet, confirms the mapping, reads the dry run and imports into the review queue", async ({
  browser,
}) => {
  const signIn = await browser.newContext();
  await reuseSession(signIn, "admin@example.org");
  await signIn.close();
  const context = await browser.newContext({ javaScriptEnabled: false });
  await reuseSession(context, "admin@example.org");
  const admin = await context.newPage();

  await admin.goto("/de/verwaltung");
  await admin.getByRole("link", { name: "Daten importieren" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Daten importieren" })).toBeVisible();
  await admin.getByLabel("Datei", { exact: true }).setInputFiles({
    name: "kreisliste-e2e.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\uFEFF${CSV}\r\n`, "utf8"),
  });
  await admin.getByRole("button", { name: "Hochladen und prüfen" }).click();

  await expect(admin.getByRole("heading", { level: 1 })).toContainText("kreisliste-e2e.csv");
  await expect(admin.getByLabel("Titel des Angebots")).toHaveValue("Angebot");
  await expect(admin.getByLabel("Träger (Organisation)")).toHaveValue("Träger");
  await expect(admin.getByLabel("Postleitzahl")).toHaveValue("PLZ");
  await admin.getByRole("button", { name: "Probelauf starten" }).click();

  const report = admin.locator("#bericht");
  await expect(report).toContainText("Noch ist nichts geschrieben.");
  await expect(report).toContainText("2 neu · 0 geändert · 0 unverändert · 2 übersprungen");
  await expect(report.getByRole("heading", { name: "Übersprungene Zeilen (2)" })).toBeVisible();
  await expect(report.locator('tr[data-outcome="skipped"]', { hasText: "Beratung in Bielefeld" })).toContainText(
    "Gemeinde unbekannt (Ort „Bielefeld“, PLZ „33602“)",
  );
  await expect(report.locator('tr[data-outcome="skipped"]', { hasText: "Lernwerkstatt" })).toContainText(
    "E-Mail des Trägers: Bitte eine E-Mail-Adresse wie name@beispiel.de eingeben.",
  );
  // axe needs JavaScript: the same report in a context that has it.
  const withScript = await browser.newContext();
  await reuseSession(withScript, "admin@example.org");
  const checker = await withScript.newPage();
  await checker.goto(admin.url());
  expect(await findAccessibilityViolations(checker)).toEqual([]);
  await withScript.close();

  await admin.getByRole("button", { name: "Import ausführen" }).click();
  await expect
    .poll(
      async () => {
        await admin.reload();
        return admin.locator("main").textContent();
      },
      { timeout: 30_000 },
    )
    .toContain("Abgeschlossen");
  await expect(admin.locator("#bericht")).toContainText("2 neu · 0 geändert · 0 unverändert · 2 übersprungen");
  await expect(admin.getByText("2 importierte Angebote warten in der Prüfung.")).toBeVisible();

  await admin.goto("/de/verwaltung?section=offers");
  await expect(admin.getByRole("link", { name: "Sprachtreff am Bahnhof" })).toBeVisible();
  await expect(admin.getByRole("link", { name: "Nähcafé International" })).toBeVisible();
  await expect(admin.getByRole("link", { name: "Lernwerkstatt" })).toHaveCount(0);
  await context.close();
});
