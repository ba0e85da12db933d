import type { Browser, Page } from "@playwright/test";
import axePackage from "axe-core/package.json";
import audit from "../../lib/accessibility/audit.json";
import { expect, findAccessibilityViolations, test } from "./fixtures";
import { signInThroughDevMailbox, reuseSession } from "./dev-mailbox";

// Every route of the app, in German and Arabic, at 640 CSS pixels wide (a 1280 px window at 200 % zoom):
// zero axe violations of WCAG 2.1 A and AA, and no horizontal scrolling. The route list lives here; the
// accessibility statement reports it from lib/accessibility/audit.json, which must list the same routes.

type Role = "anonymous" | "editor" | "attendee" | "admin";
type Route = { path: string; as: Role };

// {offer} {organisation} {event} … are filled in from the demo data by resolvePlaceholders().
const ROUTES: Route[] = [
  { path: "/", as: "anonymous" },
  { path: "/angebote", as: "anonymous" },
  { path: "/angebote?q=beratung", as: "anonymous" },
  { path: "/angebote/{offer}", as: "anonymous" },
  { path: "/karte", as: "anonymous" },
  { path: "/atlas", as: "anonymous" },
  { path: "/umfrage/bedarfsumfrage-demo", as: "anonymous" },
  { path: "/gemeinden/verl", as: "anonymous" },
  { path: "/themen/sprache-bildung", as: "anonymous" },
  { path: "/organisationen/{organisation}", as: "anonymous" },
  { path: "/veranstaltungen", as: "anonymous" },
  { path: "/veranstaltungen/{event}", as: "anonymous" },
  { path: "/netzwerk", as: "anonymous" },
  { path: "/barrierefreiheit", as: "anonymous" },
  { path: "/datenschutz", as: "anonymous" },
  { path: "/impressum", as: "anonymous" },
  { path: "/datenquellen", as: "anonymous" },
  { path: "/anmelden", as: "anonymous" },
  { path: "/anmelden/pruefen", as: "anonymous" },
  { path: "/anmelden/fehler?error=Verification", as: "anonymous" },
  { path: "/einladung?token=ungueltig", as: "anonymous" },
  { path: "/angebot-aktualisieren?token=ungueltig", as: "anonymous" },
  { path: "/konto/email-bestaetigen?token=ungueltig", as: "anonymous" },
  { path: "/gibt-es-nicht", as: "anonymous" },
  { path: "/dashboard", as: "editor" },
  { path: "/dashboard/organisation-registrieren", as: "editor" },
  { path: "/dashboard/organisationen/{own-organisation}", as: "editor" },
  { path: "/dashboard/organisationen/{own-organisation}/profil", as: "editor" },
  { path: "/dashboard/organisationen/{own-organisation}/protokoll", as: "editor" },
  { path: "/dashboard/organisationen/{own-organisation}/angebote/neu", as: "editor" },
  { path: "/dashboard/angebote/{own-offer}", as: "editor" },
  { path: "/dashboard/angebote/{own-offer}/uebersetzungen/en", as: "editor" },
  { path: "/konto", as: "editor" },
  { path: "/netzwerk", as: "attendee" },
  { path: "/netzwerk/profil", as: "attendee" },
  { path: "/netzwerk/kontakte", as: "attendee" },
  { path: "/netzwerk/personen/{person}", as: "attendee" },
  { path: "/netzwerk/arbeitsgruppen", as: "attendee" },
  { path: "/netzwerk/arbeitsgruppen/{group}", as: "attendee" },
  { path: "/veranstaltungen/{event}/anmeldung", as: "attendee" },
  { path: "/atlas?topic=arbeit-wirtschaft&language=ar", as: "admin" },
  { path: "/verwaltung", as: "admin" },
  { path: "/verwaltung/umfragen", as: "admin" },
  { path: "/verwaltung/protokoll", as: "admin" },
  { path: "/verwaltung/uebersicht", as: "admin" },
  { path: "/verwaltung/meldungen", as: "admin" },
  { path: "/verwaltung/rueckmeldungen", as: "admin" },
  { path: "/verwaltung/veranstaltungen", as: "admin" },
  { path: "/verwaltung/veranstaltungen/neu", as: "admin" },
  { path: "/verwaltung/veranstaltungen/{event}", as: "admin" },
  { path: "/verwaltung/veranstaltungen/{event}/einlass", as: "admin" },
  { path: "/verwaltung/veranstaltungen/{event}/namensschilder", as: "admin" },
  { path: "/verwaltung/veranstaltungen/{event}/nachricht", as: "admin" },
  { path: "/entwicklung/postfach", as: "admin" },
];

const ACCOUNTS: Record<Exclude<Role, "anonymous">, string> = {
  editor: "redaktion@example.org",
  attendee: "netzwerk@example.org",
  admin: "admin@example.org",
};

const ZOOM_WIDTH = audit.zoomWidth;
const LOCALES = audit.locales;

test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: ZOOM_WIDTH, height: 900 }, locale: "de-DE" });

test("the accessibility statement reports exactly what this test checks", () => {
  expect(audit.routes).toEqual(ROUTES.map((route) => route.path));
  expect(audit.tool).toBe(`axe-core ${axePackage.version}`);
  expect(audit.rules).toEqual(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  expect(audit.violations).toBe(0);
});

/** The first href on `path` that matches `pattern`, as the value of its first capture group. */
async function firstMatch(page: Page, path: string, pattern: RegExp): Promise<string> {
  await page.goto(path);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const match = hrefs.map((href) => pattern.exec(href)).find(Boolean);
  if (!match) throw new Error(`No link matching ${pattern} on ${path}`);
  return match[1]!;
}

async function signedInPage(browser: Browser, role: Role): Promise<Page> {
  const page = await (
    await browser.newContext({ viewport: { width: ZOOM_WIDTH, height: 900 }, locale: "de-DE" })
  ).newPage();
  if (role !== "anonymous") await reuseSession(page.context(), ACCOUNTS[role]);
  return page;
}

for (const locale of LOCALES) {
  test(`every route in ${locale}: no axe violations, no horizontal scrolling at 200 % zoom`, async ({
    browser,
  }, testInfo) => {
    test.setTimeout(300_000);
    const pages = {
      anonymous: await signedInPage(browser, "anonymous"),
      editor: await signedInPage(browser, "editor"),
      attendee: await signedInPage(browser, "attendee"),
      admin: await signedInPage(browser, "admin"),
    };
    const values: Record<string, string> = {
      offer: await firstMatch(pages.anonymous, "/de/angebote", /\/de\/angebote\/([a-z0-9-]+)$/),
      organisation: await firstMatch(pages.anonymous, "/de/gemeinden/verl", /\/de\/organisationen\/([a-z0-9-]+)$/),
      event: await firstMatch(pages.anonymous, "/de/veranstaltungen", /\/de\/veranstaltungen\/([a-z0-9-]+)$/),
      "own-organisation": await firstMatch(
        pages.editor,
        "/de/dashboard",
        /\/de\/dashboard\/organisationen\/([a-z0-9-]+)$/,
      ),
      person: await firstMatch(pages.attendee, "/de/netzwerk", /\/de\/netzwerk\/personen\/([a-z0-9-]+)$/),
      group: await firstMatch(
        pages.attendee,
        "/de/netzwerk/arbeitsgruppen",
        /\/de\/netzwerk\/arbeitsgruppen\/([a-z0-9-]+)$/,
      ),
    };
    values["own-offer"] = await firstMatch(
      pages.editor,
      `/de/dashboard/organisationen/${values["own-organisation"]}`,
      /\/de\/dashboard\/angebote\/([a-z0-9-]+)$/,
    );

    const failures: string[] = [];
    for (const route of ROUTES) {
      const path = `/${locale}${route.path === "/" ? "" : route.path.replace(/\{([a-z-]+)\}/g, (_, key: string) => values[key]!)}`;
      const page = pages[route.as];
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" || locale === "fa" ? "rtl" : "ltr");
      const violations = await findAccessibilityViolations(page);
      if (violations.length > 0) failures.push(`${path} (${route.as}): ${JSON.stringify(violations)}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) failures.push(`${path} (${route.as}): scrolls sideways by ${overflow} px at ${ZOOM_WIDTH} px`);
      // The main heading starts where its own text direction starts (an offer's German title in an Arabic
      // page stays left-to-right); a screenshot of each right-to-left page is kept with the report.
      const misaligned = await page.evaluate(() => {
        const heading = document.querySelector("main h1");
        if (!heading) return "no h1";
        const range = document.createRange();
        range.selectNodeContents(heading);
        const text = range.getBoundingClientRect();
        const box = heading.getBoundingClientRect();
        const rtl = getComputedStyle(heading).direction === "rtl";
        const gap = rtl ? box.right - text.right : text.left - box.left;
        return gap > 2 ? `h1 starts ${Math.round(gap)} px from its ${rtl ? "right" : "left"} edge` : null;
      });
      if (misaligned) failures.push(`${path} (${route.as}): ${misaligned}`);
      if (locale === "ar")
        await testInfo.attach(`rtl ${path}`, {
          body: await page.screenshot({ fullPage: true }),
          contentType: "image/png",
        });
    }
    expect(failures).toEqual([]);
  });
}

// Journeys done with the keyboard alone: Tab to move, Enter/Space to act, arrow keys in selects, typing into
// fields. The statement lists them from audit.json; this list must match it.
const JOURNEYS = ["find-offer", "register-for-event", "edit-offer"] as const;

test("the statement lists exactly the keyboard journeys tested here", () => {
  expect(audit.keyboardJourneys).toEqual([...JOURNEYS]);
});

/** Presses Tab until `target` has the focus; fails when it is not reached within `limit` presses. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, limit = 150): Promise<void> {
  const handle = await target.elementHandle();
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((element) => document.activeElement === element, handle)) {
      // The focused element must show that it has the focus (WCAG 2.4.7).
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return style.outlineStyle !== "none" && style.outlineWidth !== "0px";
      });
      expect(outline, "visible focus").toBe(true);
      return;
    }
  }
  throw new Error(`Tab did not reach ${target.toString()} within ${limit} presses`);
}

test.describe("keyboard only", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test(`${JOURNEYS[0]}: search, open a result`, async ({ page }) => {
    await page.goto("/de");
    await tabTo(page, page.getByLabel("Wonach suchen Sie?"));
    await page.keyboard.type("Beratung");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/de\/angebote\?q=Beratung/);
    const first = page.getByRole("article").first().getByRole("link").first();
    const title = (await first.textContent())!.trim();
    await tabTo(page, first, 300);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });

  test(`${JOURNEYS[1]}: a new person registers for the conference`, async ({ page }) => {
    await signInThroughDevMailbox(page, `tastatur-${Date.now()}@example.org`);
    await page.goto("/de/veranstaltungen");
    await tabTo(page, page.locator(".card h2 a").first());
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/de\/veranstaltungen\/[a-z0-9-]+$/);
    await tabTo(page, page.getByRole("link", { name: "Jetzt anmelden" }));
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/anmeldung$/);
    await tabTo(page, page.getByLabel("Name", { exact: true }));
    await page.keyboard.type("Kim Tastatur");
    await tabTo(page, page.getByLabel("Erste Wahl"));
    await page.keyboard.press("ArrowDown");
    await tabTo(page, page.getByRole("button", { name: "Verbindlich anmelden" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText(/Sie sind angemeldet|Warteliste/).first()).toBeVisible();
  });

  test(`${JOURNEYS[2]}: an editor changes an offer's title`, async ({ page }) => {
    await reuseSession(page.context(), "redaktion@example.org");
    await page.goto("/de/dashboard");
    await tabTo(page, page.locator(".card h3 a").first());
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/dashboard\/organisationen\/[a-z0-9-]+$/);
    await tabTo(page, page.locator('a[href*="/dashboard/angebote/"]').first(), 300);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/dashboard\/angebote\/[a-z0-9-]+$/);
    const title = page.getByLabel("Titel");
    await tabTo(page, title);
    await page.keyboard.press("ControlOrMeta+a");
    const changed = `Per Tastatur geändert ${Date.now()}`;
    await page.keyboard.type(changed);
    await tabTo(page, page.getByRole("button", { name: /speichern/i }).first(), 300);
    await page.keyboard.press("Enter");
    await expect(page.getByText("Gespeichert.").first()).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Titel")).toHaveValue(changed);
  });
});
