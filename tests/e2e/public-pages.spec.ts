import { expect, findAccessibilityViolations, test } from "./fixtures";

const locales = [
  { locale: "de", dir: "ltr", offersWord: /Angebote/ },
  { locale: "en", dir: "ltr", offersWord: /services/i },
  { locale: "ar", dir: "rtl", offersWord: /خدم/ },
] as const;

test("the root address negotiates the locale from Accept-Language, German by default", async ({ request }) => {
  for (const [header, expected] of [
    ["ar,en;q=0.5", "/ar"],
    ["en-GB,en;q=0.9", "/en"],
    ["ja", "/de"],
  ] as const) {
    const response = await request.get("/", { headers: { "Accept-Language": header }, maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(new URL(response.headers().location ?? "", "http://localhost").pathname).toBe(expected);
  }
});

for (const { locale, dir, offersWord } of locales) {
  test.describe(`in ${locale}`, () => {
    test("home, a municipality page and an offer page render with the right lang and dir and no WCAG 2.1 AA violations", async ({
      page,
      externalRequests,
    }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Gütersloh");
      await expect(page.getByRole("link", { name: /Verl/ }).first()).toContainText(offersWord);
      await expect(page.getByRole("contentinfo")).toContainText("GeoBasis-DE / BKG");
      expect(await findAccessibilityViolations(page)).toEqual([]);

      await page.goto(`/${locale}/gemeinden/verl`);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verl");
      await expect(page.getByRole("article").first()).toBeVisible();
      expect(await findAccessibilityViolations(page)).toEqual([]);

      const firstOffer = page.getByRole("article").first().getByRole("link").first();
      const offerTitle = (await firstOffer.textContent()) ?? "";
      await firstOffer.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/angebote/[a-z0-9-]+$`));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(offerTitle);
      expect(await findAccessibilityViolations(page)).toEqual([]);

      expect(externalRequests).toEqual([]);
    });
  });
}

test("the language switcher keeps the page and switches to right-to-left for Arabic", async ({ page }) => {
  await page.goto("/de/gemeinden/rietberg");
  await page.locator(".language-switcher summary").click();
  await page.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/gemeinden\/rietberg$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("the skip link is the first keyboard stop and moves focus to the content", async ({ page }) => {
  await page.goto("/de");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search box submits to the results page as a plain form", async ({ page }) => {
    await page.goto("/de");
    await page.getByLabel("Wonach suchen Sie?").fill("Beratung");
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/\/de\/angebote\?q=Beratung/);
    await expect(page.getByRole("status")).toContainText(/\d+ Angebote gefunden/);
  });
});

test("unknown pages answer 404 in the site's layout, and health reports the database", async ({ page, request }) => {
  const response = await page.goto("/en/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: "ok" });
});
