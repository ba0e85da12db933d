import { expect, findAccessibilityViolations, test } from "./fixtures";

test("a misspelled word typed on the home page finds the right offers", async ({ page, externalRequests }) => {
  await page.goto("/de");
  await page.getByLabel("Wonach suchen Sie?").fill("Deutchkurs");
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page).toHaveURL(/\/de\/angebote\?q=Deutchkurs/);
  await expect(page.getByRole("status")).toContainText(/\d+ Angebote gefunden/);
  await expect(page.locator("[data-offer-list] article").first()).toContainText(/kurs/i);
  await expect(page.locator("[data-offer-list] mark").first()).toBeVisible();
  expect(externalRequests).toEqual([]);
});

test("filters narrow list and map together, show as chips, and live in the URL", async ({ page }) => {
  await page.goto("/de/angebote?q=beratung");
  const total = async () => Number((await page.getByRole("status").textContent())?.match(/\d+/)?.[0]);
  const before = await total();

  await page.getByRole("checkbox", { name: /^Verl/ }).check();
  await expect(page).toHaveURL(/municipality=verl/);
  await page.getByRole("checkbox", { name: /^Gesundheit und Pflege/ }).check();
  await expect(page).toHaveURL(/topic=gesundheit-pflege/);
  const after = await total();
  expect(after).toBeLessThan(before);
  await expect(page.getByRole("link", { name: "Filter entfernen: Verl" })).toBeVisible();
  await expect(page.locator(".leaflet-marker-icon")).not.toHaveCount(0);

  await page.goBack();
  await expect(page).not.toHaveURL(/topic=/);
  await page.goForward();
  await page.getByRole("link", { name: "Alle Filter entfernen" }).first().click();
  await expect(page).toHaveURL(/\/de\/angebote\?q=beratung$/);
});

test("the map shows the county's borders with their attribution, markers and clusters", async ({ page }) => {
  await page.goto("/de/angebote");
  await expect(page.locator(".leaflet-overlay-pane path")).toHaveCount(14); // county outline + 13 municipalities
  await expect(page.locator(".leaflet-control-attribution")).toContainText("GeoBasis-DE / BKG");
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
});

test("hovering a marker highlights its offer in the list, and hovering the offer its marker", async ({ page }) => {
  // One page holds every result, so each marker's offer is in the list; the map shows all of them clustered,
  // so open clusters (zoom, then spiderfy) until single markers appear.
  await page.goto("/de/angebote?municipality=werther-westf&perPage=100");
  const canvas = page.locator(".offer-map__canvas");
  const singles = canvas.locator(".leaflet-marker-icon:not(.marker-cluster)");
  await expect(canvas.locator(".leaflet-marker-icon").first()).toBeAttached();
  for (let i = 0; i < 8 && (await singles.count()) === 0; i++) {
    await canvas.locator(".marker-cluster").first().dispatchEvent("click");
    await page.waitForTimeout(700);
  }
  const marker = singles.first();
  await expect(marker).toBeVisible();
  await marker.dispatchEvent("mouseover"); // the DOM event a pointer sends; the sticky map may sit below the fold
  const card = page.locator(".card--highlighted");
  await expect(card).toHaveCount(1);
  const id = await card.getAttribute("data-offer-id");
  await marker.dispatchEvent("mouseout");
  await expect(page.locator(".card--highlighted")).toHaveCount(0);
  await page.locator(`[data-offer-id="${id}"] h3`).hover();
  await expect(page.locator(".map-marker--highlighted")).toHaveCount(1);
});

test("'search this area' appears after moving the map and searches the visible area", async ({ page }) => {
  await page.goto("/de/angebote");
  const canvas = page.locator(".offer-map__canvas");
  await canvas.scrollIntoViewIfNeeded();
  await page.locator(".leaflet-control-zoom-in").click();
  await page.getByRole("button", { name: "In diesem Kartenausschnitt suchen" }).click();
  await expect(page).toHaveURL(/bbox=[\d.]+%2C[\d.]+%2C[\d.]+%2C[\d.]+/);
  await expect(page.getByRole("link", { name: "Filter entfernen: Kartenausschnitt" })).toBeVisible();
});

test("a postcode of the region searches near it, ordered by distance", async ({ page }) => {
  await page.goto("/de/angebote");
  await page.getByLabel("Postleitzahl").fill("33415");
  await page.getByRole("button", { name: "In der Nähe suchen" }).click();
  await expect(page).toHaveURL(/sort=distance/);
  await expect(page.locator("[data-offer-list] article").first()).toContainText("km entfernt");
});

test("a keyboard-only search works from the skip link to a result", async ({ page }) => {
  await page.goto("/de/angebote");
  await page.getByLabel("Wonach suchen Sie?").focus();
  await page.keyboard.type("Sprachcafe");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=Sprachcafe/);
  await expect(page.locator("[data-offer-list] article").first()).toContainText(/Sprachcaf/);
});

for (const locale of ["de", "ar"] as const) {
  test(`the results page has no WCAG 2.1 AA violations in ${locale}`, async ({ page, externalRequests }) => {
    await page.goto(`/${locale}/angebote?q=beratung&municipality=verl`);
    await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(externalRequests).toEqual([]);
  });
}

test("suggestions appear while typing and open an offer with the keyboard", async ({ page }) => {
  await page.goto("/de");
  const input = page.getByRole("combobox", { name: "Wonach suchen Sie?" });
  const answered = page.waitForResponse((response) => response.url().includes("/api/v1/search?q=sprachc"));
  await input.pressSequentially("sprachc", { delay: 30 });
  await answered;
  const options = page.getByRole("listbox", { name: "Vorschläge" }).getByRole("option");
  await expect(options.first()).toBeVisible();
  await expect(input).toHaveAttribute("aria-expanded", "true");
  await input.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await input.press("Enter");
  await expect(page).toHaveURL(/\/de\/angebote\/[a-z0-9-]+$/);
});

test("an offer page shows its place on a map and nearby offers on the same topic", async ({ page }) => {
  await page.goto("/de/angebote?q=Sprachcafe&municipality=guetersloh");
  await page.locator("[data-offer-list] article h3 a").first().click();
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "In der Nähe, zum gleichen Thema" })).toBeVisible();
  expect(await findAccessibilityViolations(page)).toEqual([]);
});
