import type { Locator } from "@playwright/test";
import { collectErrors, expect, test } from "./fixtures";

// Without a tile server (NEXT_PUBLIC_TILE_URL is empty in the e2e app) every map draws its own base: rivers,
// borders, the 13 municipalities' names at their town centres and a metric scale bar, all from this app.

const TOWNS = [
  "Borgholzhausen",
  "Gütersloh",
  "Halle (Westf.)",
  "Harsewinkel",
  "Herzebrock-Clarholz",
  "Langenberg",
  "Rheda-Wiedenbrück",
  "Rietberg",
  "Schloß Holte-Stukenbrock",
  "Steinhagen",
  "Verl",
  "Versmold",
  "Werther (Westf.)",
];

/**
 * The map's zoom, read from two town dots (Gütersloh and Schloß Holte-Stukenbrock, 0.27523° apart in
 * longitude): at zoom z a degree of longitude is 256 · 2^z / 360 pixels.
 */
async function zoomOf(canvas: Locator): Promise<number> {
  const dx = await canvas.evaluate((element) => {
    const dot = (name: string) => {
      const label = [...element.querySelectorAll(".map-label")].find((l) => l.textContent === name);
      const box = label!.querySelector(".map-label__dot")!.getBoundingClientRect();
      return box.left + box.width / 2;
    };
    return dot("Schloß Holte-Stukenbrock") - dot("Gütersloh");
  });
  return Math.round(Math.log2((dx * 360) / (256 * 0.27523)));
}

/** The names drawn (not waiting for a closer zoom) whose text lies inside the map. */
async function namesShown(canvas: Locator): Promise<string[]> {
  return canvas.evaluate((element) => {
    const frame = element.getBoundingClientRect();
    return [...element.querySelectorAll<HTMLElement>(".map-label")]
      .filter((label) => label.dataset.placement !== "none")
      .filter((label) => {
        const box = label.querySelector(".map-label__text")!.getBoundingClientRect();
        return (
          box.width > 0 &&
          box.left >= frame.left &&
          box.right <= frame.right &&
          box.top >= frame.top &&
          box.bottom <= frame.bottom
        );
      })
      .map((label) => label.textContent ?? "")
      .sort();
  });
}

/** Town names whose text boxes overlap. */
async function overlappingNames(canvas: Locator): Promise<string[]> {
  return canvas.evaluate((element) => {
    const shown = [...element.querySelectorAll<HTMLElement>(".map-label")]
      .filter((label) => label.dataset.placement !== "none")
      .map((label) => ({
        name: label.textContent,
        box: label.querySelector(".map-label__text")!.getBoundingClientRect(),
      }));
    return shown.flatMap((a, i) =>
      shown
        .slice(i + 1)
        .filter(
          ({ box: b }) => a.box.left < b.right && b.left < a.box.right && a.box.top < b.bottom && b.top < a.box.bottom,
        )
        .map((b) => `${a.name} / ${b.name}`),
    );
  });
}

test.describe("the map without a tile server", () => {
  test.use({ viewport: { width: 1440, height: 1000 } });

  test("names the 13 municipalities, draws rivers and a scale bar, and asks no one else", async ({
    page,
    baseURL,
    externalRequests,
  }) => {
    const errors = collectErrors(page);
    const origins = new Set<string>();
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith("http")) origins.add(url.origin);
    });
    // The full-screen map: at zoom 10 the county is about 490 × 500 px, more than the results page's map column.
    await page.goto("/de/karte");
    const canvas = page.locator(".offer-map__canvas");
    await expect(canvas.locator(".map-label")).toHaveCount(13);
    expect((await canvas.locator(".map-label").allTextContents()).sort()).toEqual([...TOWNS].sort());

    // From zoom 10 on every name fits beside its dot; the whole county is in view at that zoom.
    while ((await zoomOf(canvas)) < 10) {
      const before = await zoomOf(canvas);
      await canvas.locator(".leaflet-control-zoom-in").click();
      await expect.poll(() => zoomOf(canvas)).toBe(before + 1);
    }
    await expect.poll(() => namesShown(canvas)).toEqual([...TOWNS].sort());
    expect(await overlappingNames(canvas)).toEqual([]);
    // Zoomed out, some names wait, and those shown still do not overlap.
    await canvas.locator(".leaflet-control-zoom-out").click();
    await expect.poll(() => zoomOf(canvas)).toBe(9);
    expect(await namesShown(canvas)).toEqual(expect.arrayContaining(["Gütersloh", "Rheda-Wiedenbrück"]));
    expect(await overlappingNames(canvas)).toEqual([]);

    // Decoration for the eye only: hidden from screen readers, while the map keeps its name.
    await expect(canvas).toHaveAttribute("aria-label", "Karte der Angebote");
    await expect(canvas.locator(".leaflet-basemapLabels-pane")).toHaveAttribute("aria-hidden", "true");
    expect(await canvas.ariaSnapshot()).not.toContain("Rietberg");

    // The Ems and the other rivers, in their own pane under the borders.
    expect(await canvas.locator(".leaflet-basemapWater-pane path").count()).toBeGreaterThan(0);
    await expect(canvas.locator(".leaflet-overlay-pane path")).toHaveCount(14);

    // A metric scale bar, above the attribution in its corner; the attribution names every layer drawn.
    const scale = canvas.locator(".leaflet-bottom.leaflet-right .leaflet-control-scale-line");
    await expect(scale).toHaveCount(1);
    await expect(scale).toHaveText(/^\d+ (m|km)$/);
    await expect(scale).toBeInViewport();
    const attribution = canvas.locator(".leaflet-bottom.leaflet-right .leaflet-control-attribution");
    expect((await scale.boundingBox())!.y).toBeLessThan((await attribution.boundingBox())!.y);
    await expect(attribution).toContainText("GeoBasis-DE / BKG");
    await expect(attribution).toContainText("GSHHG");

    expect([...origins]).toEqual([new URL(baseURL!).origin]);
    expect(externalRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("on a right-to-left page the scale bar and the attribution move to the left, the names stay as written", async ({
    page,
  }) => {
    await page.goto("/ar/angebote");
    const canvas = page.locator(".offer-map__canvas");
    await expect(canvas.locator(".map-label")).toHaveCount(13);
    await expect(canvas.locator(".leaflet-bottom.leaflet-left .leaflet-control-scale-line")).toHaveCount(1);
    await expect(canvas.locator(".leaflet-bottom.leaflet-left .leaflet-control-attribution")).toBeVisible();
    await expect(canvas.locator(".map-label", { hasText: "Halle (Westf.)" })).toHaveCSS("direction", "ltr");
  });
});

test("leaving the event page's map while it zooms raises no error", async ({ page }) => {
  const errors = collectErrors(page);
  await page.clock.install();
  await page.goto("/de/veranstaltungen");
  await page.locator(".card h2 a").first().click();
  const canvas = page.locator(".leaflet-container");
  await expect(canvas.locator(".leaflet-marker-icon").first()).toBeVisible();
  await expect(canvas.locator(".map-label")).toHaveCount(13);
  // Zoom in and hold the clock while the zoom animation runs. Leaflet ends it at the CSS transition's end or in
  // a 250 ms timer, whichever comes first; without transitions only the timer is left, and the held clock
  // stands for someone who leaves faster than 250 ms.
  await page.addStyleTag({ content: "* { transition: none !important; }" });
  await page.clock.pauseAt(Date.now() + 60_000);
  await canvas.locator(".leaflet-control-zoom-in").click();
  await page.clock.runFor(50); // the animation frame that starts the zoom animation
  await expect(page.locator(".leaflet-map-pane.leaflet-zoom-anim")).toHaveCount(1);
  // Follow the registration link now: the map is removed while Leaflet still animates, as when someone zooms
  // and at once moves on. Then let the timer run.
  await page.locator('a[href$="/anmeldung"]').click();
  await expect(page.locator(".leaflet-container")).toHaveCount(0);
  await page.clock.runFor(1_000);
  await page.clock.resume();
  await expect(page).toHaveURL(/\/anmeldung|\/anmelden/);
  expect(errors).toEqual([]);
});

test("screenshots of the map on a phone and a desktop, for a look at legibility", async ({ page }) => {
  for (const [name, viewport, path] of [
    ["phone", { width: 390, height: 844 }, "/de/angebote"],
    ["desktop", { width: 1440, height: 1000 }, "/de/angebote"],
    ["fullscreen-phone", { width: 390, height: 844 }, "/de/karte"],
    ["fullscreen-desktop", { width: 1440, height: 1000 }, "/de/karte"],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.goto(path);
    const canvas = page.locator(".offer-map__canvas");
    await expect(canvas.locator(".map-label")).toHaveCount(13);
    await canvas.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await canvas.screenshot({ path: `test-results/basemap-${name}.png` });
    await page.screenshot({ path: `test-results/basemap-${name}-page.png` });
  }
});
