import { mkdirSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Issue "Residents: on a phone": at 360 × 740 and 390 × 844, in German, Arabic, Ukrainian and Persian (both
// text directions, two scripts), no public page scrolls sideways, touch targets are 24 × 24 px or spaced as
// WCAG 2.2 SC 2.5.8 allows, the language menu opens inside the screen, the results come before the filters and
// the map, the filters work without JavaScript, and an offer page has directions, share and print.

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
] as const;
const LOCALES = ["de", "ar", "uk", "fa"] as const;

// Every public (signed-out) page of app/[locale]; {offer} {organisation} {event} come from the demo data. The
// app has no list pages of organisations, topics or municipalities: those are reached from the home page.
const ROUTES = [
  "",
  "/angebote",
  "/angebote?q=beratung",
  "/angebote/{offer}",
  "/karte",
  "/atlas",
  "/umfrage/bedarfsumfrage-demo",
  "/organisationen/{organisation}",
  "/themen/sprache-bildung",
  "/gemeinden/verl",
  "/veranstaltungen",
  "/veranstaltungen/{event}",
  "/netzwerk",
  "/barrierefreiheit",
  "/datenschutz",
  "/impressum",
  "/datenquellen",
  "/anmelden",
] as const;

// Outside test-results/, which every Playwright run empties first; tests/.tmp/ is git-ignored.
const SCREENSHOTS = "tests/.tmp/phone-screenshots";

type Values = { offer: string; organisation: string; event: string };
let values: Values | null = null;

async function hrefsOn(page: Page, path: string, pattern: RegExp): Promise<string[]> {
  await page.goto(path);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(hrefs.flatMap((href) => pattern.exec(href)?.[1] ?? []))];
}

/**
 * The demo data is random: the offer is one with a place (for directions) and weekly slots (for the schedule
 * check), found among the results for "beratung".
 */
async function resolveValues(browser: Browser, baseURL: string | undefined): Promise<Values> {
  if (values) return values;
  const page = await browser.newPage({ baseURL });
  const offers = await hrefsOn(page, "/de/angebote?q=beratung", /^\/de\/angebote\/([a-z0-9-]+)$/);
  let offer: string | undefined;
  for (const slug of offers) {
    await page.goto(`/de/angebote/${slug}`);
    const hasPlace = (await page.locator('a[href^="https://www.openstreetmap.org/directions"]').count()) > 0;
    const hasSlots = (await page.locator("[data-schedule-slots] li").count()) > 0;
    if (hasPlace && hasSlots) {
      offer = slug;
      break;
    }
  }
  if (!offer) throw new Error("No offer with a place and weekly slots among the results for 'beratung'");
  const [organisation] = await hrefsOn(page, "/de/gemeinden/verl", /^\/de\/organisationen\/([a-z0-9-]+)$/);
  const [event] = await hrefsOn(page, "/de/veranstaltungen", /^\/de\/veranstaltungen\/([a-z0-9-]+)$/);
  await page.close();
  values = { offer, organisation: organisation!, event: event! };
  return values;
}

const pathOf = (locale: string, route: string, resolved: Values) =>
  `/${locale}${route.replace(/\{([a-z]+)\}/g, (_, key: keyof Values) => resolved[key])}`;

/**
 * Visible links, buttons, fields and summaries smaller than 24 × 24 px that neither sit inline in a sentence
 * nor keep the spacing of the exception: a 24 px circle around each small target's centre touches no other
 * target and no other small target's circle (WCAG 2.2 SC 2.5.8).
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 24;
    const elements = [
      ...document.querySelectorAll<HTMLElement>(
        "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]",
      ),
    ].filter((element) => {
      if (element.closest(".skip-link")) return false; // above the page until it has the focus
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(element).visibility !== "hidden";
    });
    const boxes = new Map(elements.map((element) => [element, element.getBoundingClientRect()]));
    const isInline = (element: HTMLElement) => {
      if (element.tagName !== "A" || getComputedStyle(element).display !== "inline") return false;
      // Inline means set in running text: the surrounding block has words of its own besides links and buttons.
      const block = element.parentElement?.closest("p, li, dd, dt, td, th, label, div, span");
      const text = block?.cloneNode(true) as HTMLElement | undefined;
      text?.querySelectorAll("a, button").forEach((target) => target.remove());
      return /[\p{L}\p{N}]/u.test(text?.textContent ?? "");
    };
    const small = elements.filter((element) => {
      const box = boxes.get(element)!;
      return (box.width < MIN || box.height < MIN) && !isInline(element);
    });
    const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    const distanceToBox = (point: { x: number; y: number }, box: DOMRect) =>
      Math.hypot(
        Math.max(box.left - point.x, 0, point.x - box.right),
        Math.max(box.top - point.y, 0, point.y - box.bottom),
      );
    const describe = (element: HTMLElement) => {
      const box = boxes.get(element)!;
      const name = (element.textContent ?? "").trim().slice(0, 40) || element.getAttribute("aria-label") || "";
      return `<${element.tagName.toLowerCase()} class="${element.className}"> "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`;
    };
    return small.flatMap((element) => {
      const own = centre(boxes.get(element)!);
      const crowded = elements.find((other) => {
        if (other === element || other.contains(element) || element.contains(other)) return false;
        const otherBox = boxes.get(other)!;
        if (distanceToBox(own, otherBox) < MIN / 2) return true;
        if (!small.includes(other)) return false;
        const theirs = centre(otherBox);
        return Math.hypot(own.x - theirs.x, own.y - theirs.y) < MIN;
      });
      return crowded ? [`${describe(element)} too close to ${describe(crowded)}`] : [];
    });
  });
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    for (const locale of LOCALES) {
      test(`${locale}: no public page scrolls sideways, and touch targets are 24 × 24 px or spaced`, async ({
        page,
        browser,
        baseURL,
      }) => {
        test.setTimeout(180_000);
        const resolved = await resolveValues(browser, baseURL);
        const failures: string[] = [];
        for (const route of ROUTES) {
          const path = pathOf(locale, route, resolved);
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(200);
          // goto waits for "load": scripts have run; maps and lists have their size from CSS before data comes.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) failures.push(`${path}: ${overflow} px wider than the screen`);
          for (const target of await smallTargets(page)) failures.push(`${path}: ${target}`);
        }
        expect(failures).toEqual([]);
      });

      test(`${locale}: the language menu opens inside the screen`, async ({ page, browser, baseURL }) => {
        const resolved = await resolveValues(browser, baseURL);
        for (const route of ["", "/angebote/{offer}"]) {
          await page.goto(pathOf(locale, route, resolved));
          await page.locator(".language-switcher summary").click();
          const menu = page.locator(".language-switcher ul");
          await expect(menu).toBeVisible();
          const box = (await menu.boundingBox())!;
          expect(box.x, "left edge").toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, "right edge").toBeLessThanOrEqual(viewport.width);
          // Every language is reachable: its link lies inside the screen too.
          for (const link of await menu.getByRole("link").all()) {
            const linkBox = (await link.boundingBox())!;
            expect(linkBox.x).toBeGreaterThanOrEqual(0);
            expect(linkBox.x + linkBox.width).toBeLessThanOrEqual(viewport.width);
          }
        }
      });

      test(`${locale}: the results come first, filters folded, the map after the list`, async ({ page }) => {
        await page.goto(`/${locale}/angebote?q=beratung`);
        const first = page.locator("[data-offer-list] article").first();
        const top = (await first.boundingBox())!.y;
        console.log(`first result of /${locale}/angebote?q=beratung at ${viewport.width} px: ${Math.round(top)} px`);
        expect(top).toBeLessThanOrEqual(1.5 * viewport.height);
        await expect(page.locator(".filter-disclosure")).not.toHaveAttribute("open");
        await expect(page.getByRole("checkbox").first()).toBeHidden();
        const map = (await page.locator("#results-map").boundingBox())!;
        expect(map.y).toBeGreaterThan(top);
        // The switch reaches the map with one tap.
        await page.locator('.view-switch a[href="#results-map"]').click();
        await expect(page).toHaveURL(/#results-map$/);
        await expect(page.locator("#results-map")).toBeInViewport();
      });
    }
  });
}

test.describe("an offer page on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("has a directions link, share and print, loads nothing from a third party, shows the schedule once", async ({
    page,
    browser,
    baseURL,
    externalRequests,
  }) => {
    const { offer } = await resolveValues(browser, baseURL);
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto(`/de/angebote/${offer}`);
    await page.waitForLoadState("networkidle");

    const origin = new URL(baseURL!).origin;
    const thirdParty = requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
    expect(thirdParty).toEqual([]);
    expect(externalRequests).toEqual([]);

    const directions = page.getByRole("link", { name: /Route planen/ });
    const href = (await directions.getAttribute("href"))!;
    expect(href).toMatch(/^https:\/\/www\.openstreetmap\.org\/directions\?to=\d+\.\d+%2C\d+\.\d+$/);
    expect(await directions.getAttribute("rel")).toContain("noreferrer");

    await expect(page.getByRole("button", { name: "Drucken" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Teilen|Link kopieren/ })).toBeVisible();

    // Each weekly slot appears once: not again in the free-text schedule ("Dienstag 9:00–12:00 Uhr, …").
    const slots = await page.locator("[data-schedule-slots] li").allTextContents();
    expect(slots.length).toBeGreaterThan(0);
    const text = await page.locator("main").innerText();
    for (const slot of slots) {
      const [, start, end] = /(\d{1,2}:\d{2})\s*–\s*(\d{1,2}:\d{2})/.exec(slot)!;
      const time = (hhmm: string) =>
        hhmm.replace(/^0?(\d{1,2}):(\d{2})$/, (_, h: string, m: string) => `0?${h}[:.]${m}`);
      const mentions = text.match(new RegExp(`${time(start!)}\\s*(–|-|bis)\\s*${time(end!)}`, "g")) ?? [];
      expect(mentions, slot).toHaveLength(1);
    }
  });

  test("the link copy works where the browser cannot share", async ({ page, browser, baseURL, context }) => {
    const { offer } = await resolveValues(browser, baseURL);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.addInitScript(() => Object.defineProperty(navigator, "share", { value: undefined }));
    await page.goto(`/de/angebote/${offer}`);
    await page.getByRole("button", { name: "Link kopieren" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link kopiert." })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/de/angebote/${offer}$`));
  });

  test("screenshots of home, results and an offer in German and Arabic", async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    const { offer } = await resolveValues(browser, baseURL);
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const locale of ["de", "ar"]) {
      for (const [name, path] of [
        ["home", ""],
        ["results", "/angebote?q=beratung"],
        ["offer", `/angebote/${offer}`],
      ] as const) {
        await page.goto(`/${locale}${path}`);
        const file = `${SCREENSHOTS}/${locale}-${name}-390.png`;
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(`${locale}-${name}-390`, { path: file, contentType: "image/png" });
      }
    }
  });
});

test.describe("without JavaScript, on a phone", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  test("the Filter disclosure opens, and a ticked filter narrows the results", async ({ page }) => {
    await page.goto("/de/angebote?q=beratung");
    const count = async () => Number((await page.getByRole("status").textContent())?.match(/\d+/)?.[0]);
    const before = await count();
    const summary = page.locator(".filter-disclosure > summary");
    await expect(summary).toHaveText(/Filter\s*\(0\)/);
    const verl = page.getByRole("checkbox", { name: /^Verl/ });
    await expect(verl).toBeHidden();
    await summary.click();
    await verl.check();
    await page.getByRole("button", { name: "Filter anwenden" }).click();
    await expect(page).toHaveURL(/municipality=verl/);
    expect(await count()).toBeLessThan(before);
    await expect(page.locator(".filter-disclosure > summary")).toHaveText(/Filter\s*\(1\)/);
  });

  test("an offer page shows its own address to copy instead of share and print", async ({ page, browser, baseURL }) => {
    const { offer } = await resolveValues(browser, baseURL);
    await page.goto(`/de/angebote/${offer}`);
    await expect(page.getByText("Link zu diesem Angebot:")).toBeVisible();
    await expect(page.locator(".offer-actions__link a")).toHaveAttribute("href", new RegExp(`/de/angebote/${offer}$`));
    await expect(page.getByRole("button", { name: "Drucken" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /Route planen/ })).toBeVisible();
  });
});
