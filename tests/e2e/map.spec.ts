import type { Page } from "@playwright/test";
import { collectErrors, expect, test } from "./fixtures";

// The map holds the whole result: every located match, clustered, counted against the list's total.

/** The markers the map draws, with a cluster counting as the offers in it. */
async function offersOnMap(page: Page): Promise<number> {
  return page.locator(".offer-map__canvas").evaluate((canvas) => {
    const clusters = [...canvas.querySelectorAll(".marker-cluster span")].map((span) => Number(span.textContent));
    const singles = canvas.querySelectorAll(".leaflet-marker-icon:not(.marker-cluster)").length;
    return clusters.reduce((sum, count) => sum + count, 0) + singles;
  });
}

const listTotal = async (page: Page) => Number((await page.getByRole("status").textContent())?.match(/\d+/)?.[0]);

test("the results map counts every match, not one page, and paging leaves it alone", async ({ page }) => {
  const errors = collectErrors(page);
  const pointRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/v1/search/points")) pointRequests.push(request.url());
  });
  await page.goto("/de/angebote?q=beratung");
  const total = await listTotal(page);
  expect(total).toBeGreaterThan(20); // more than one page of the list
  const status = page.locator("[data-map-status]");
  await expect(status).toContainText(`von ${total} Angeboten`);
  const located = Number((await status.textContent())?.match(/(\d+) von/)?.[1]);
  expect(located).toBeGreaterThan(20);
  await expect.poll(() => offersOnMap(page)).toBe(located);

  await page.getByRole("link", { name: "Nächste Seite" }).first().click();
  await expect(page).toHaveURL(/page=2/);
  await expect(status).toContainText(`${located} von ${total} Angeboten`);
  await expect.poll(() => offersOnMap(page)).toBe(located);
  expect(new Set(pointRequests).size).toBe(1); // the same points answer for both pages
  expect(errors).toEqual([]);
});

test("home links the full-screen map, which shows every located offer and links back to the list", async ({
  page,
  externalRequests,
}) => {
  const errors = collectErrors(page);
  await page.goto("/de");
  await page.getByRole("link", { name: "Alle Angebote auf der Karte" }).click();
  await expect(page).toHaveURL(/\/de\/karte$/);
  await expect(page.getByRole("heading", { level: 1, name: "Karte der Angebote" })).toBeVisible();
  const status = page.locator("[data-map-status]");
  await expect(status).toContainText(/Auf der Karte: \d+ von \d+/);
  const located = Number((await status.textContent())?.match(/(\d+) von/)?.[1]);
  await expect.poll(() => offersOnMap(page)).toBe(located);
  const canvas = await page.locator(".offer-map__canvas").boundingBox();
  expect(canvas!.height).toBeGreaterThan(400);

  await page.getByLabel("Wonach suchen Sie?").fill("beratung");
  await page.getByRole("button", { name: "Suchen", exact: true }).click();
  await expect(page).toHaveURL(/\/de\/karte\?q=beratung/);
  await page.getByRole("link", { name: "Als Liste zeigen" }).click();
  await expect(page).toHaveURL(/\/de\/angebote\?q=beratung$/);
  expect(externalRequests).toEqual([]);
  expect(errors).toEqual([]);
});

test("an offer page marks its own pin apart from the nearby ones", async ({ page }) => {
  await page.goto("/de/angebote?q=Sprachcafe&municipality=guetersloh");
  await page.locator("[data-offer-list] article h3 a").first().click();
  const own = page.locator(".map-marker-current");
  await expect(own).toHaveCount(1);
  await expect(own).toHaveAttribute("title", /^Dieses Angebot: /);
  await expect(page.locator(".leaflet-marker-icon:not(.map-marker-current)").first()).toBeVisible();
});

test("in Arabic, a marker near the top edge opens its popup inside the map and keeps the offers in view", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/ar/karte");
  const canvas = page.locator(".offer-map__canvas");
  await expect(canvas.locator(".marker-cluster").first()).toBeVisible();
  // Zoom into the biggest cluster, as a person would.
  await canvas.locator(".marker-cluster").first().click();
  await page.waitForTimeout(600);
  const box = (await canvas.boundingBox())!;
  // The single marker closest to the map's top edge (of those drawn inside it).
  const markers = canvas.locator(".leaflet-marker-icon:not(.marker-cluster)");
  await expect(markers.first()).toBeAttached();
  const topmost = await markers.evaluateAll((elements) => {
    const frame = elements[0]!.closest(".offer-map__canvas")!.getBoundingClientRect();
    const tops = elements.map((element) => {
      const r = element.getBoundingClientRect();
      return r.top >= frame.top && r.bottom <= frame.bottom && r.left >= frame.left && r.right <= frame.right
        ? r.top
        : Infinity;
    });
    return tops.indexOf(Math.min(...tops));
  });
  // The click Leaflet listens for; a pointer click could land on the sticky demo banner above the map.
  await markers.nth(topmost).dispatchEvent("click");
  const popup = canvas.locator(".leaflet-popup-content");
  await expect(popup).toBeVisible();
  await page.waitForTimeout(600); // the auto-pan
  const popupBox = (await popup.boundingBox())!;
  expect(popupBox.x).toBeGreaterThanOrEqual(box.x);
  expect(popupBox.x + popupBox.width).toBeLessThanOrEqual(box.x + box.width);
  expect(popupBox.y).toBeGreaterThanOrEqual(box.y);
  await expect(popup.locator("a")).toHaveAttribute("href", /^\/ar\/angebote\//);
  // The map did not run off into empty space: offers are still drawn inside it.
  const inView = await canvas.evaluate((element) => {
    const frame = element.getBoundingClientRect();
    return [...element.querySelectorAll(".leaflet-marker-icon")].filter((marker) => {
      const r = marker.getBoundingClientRect();
      return r.top >= frame.top && r.bottom <= frame.bottom && r.left >= frame.left && r.right <= frame.right;
    }).length;
  });
  expect(inView).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test("the map fits itself to the matches of a narrow search, and keeps that view for the next page", async ({
  page,
}) => {
  await page.goto("/de/angebote?bbox=8.30,51.88,8.42,51.93"); // central Gütersloh
  await expect(page.locator("[data-map-status]")).toContainText("Auf der Karte");
  const storedZoom = () =>
    page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((name) => name.startsWith("atlas-map-view:"));
      return key ? (JSON.parse(sessionStorage.getItem(key)!) as { zoom: number }).zoom : null;
    });
  // The county's overview is zoom 10; the fitted view of a few streets is closer.
  await expect.poll(storedZoom).toBeGreaterThan(11);
});
