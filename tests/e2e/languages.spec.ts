import type { Page } from "@playwright/test";
import de from "../../messages/de.json";
import pl from "../../messages/pl.json";
import uk from "../../messages/uk.json";
import ar from "../../messages/ar.json";
import { expect, test } from "./fixtures";

// The "Done when": switch to Arabic, Ukrainian or Polish on any page and keep working without a German
// word in the interface. German content (offer texts, names) is marked with lang="de" and is not interface.

type Messages = { [key: string]: string | Messages };
const flatten = (messages: Messages): string[] =>
  Object.values(messages).flatMap((value) => (typeof value === "string" ? [value] : flatten(value)));

/** German interface texts that differ in the locale, reduced to their fixed words (placeholders cut out). */
function germanOnlyTexts(translated: Messages): string[] {
  const theirs = new Set(flatten(translated));
  return flatten(de as Messages)
    .filter((text) => !theirs.has(text) && !text.includes("{") && /[a-zäöüß]{4}/i.test(text))
    .filter((text) => text.length >= 6);
}

/** The page's visible text outside elements in another language (German content keeps its own lang). */
async function interfaceTexts(page: Page, locale: string): Promise<string[]> {
  return page.evaluate((pageLocale) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, [hidden], .visually-hidden[aria-hidden='true']")) continue;
      const lang = parent.closest("[lang]")?.getAttribute("lang");
      if (lang && lang !== pageLocale) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    return texts;
  }, locale);
}

const LOCALES = { ar, uk, pl } as const;

for (const [locale, messages] of Object.entries(LOCALES)) {
  test(`in ${locale} the interface has no German text on the main pages`, async ({ page }) => {
    const german = new Set(germanOnlyTexts(messages));
    await page.goto(`/${locale}/angebote`);
    const offer = await page.getByRole("article").first().getByRole("link").first().getAttribute("href");
    const found: string[] = [];
    for (const path of [
      "",
      "/angebote?q=beratung",
      offer!.replace(`/${locale}`, ""),
      "/veranstaltungen",
      "/netzwerk",
      "/anmelden",
      "/barrierefreiheit",
    ]) {
      await page.goto(`/${locale}${path}`);
      for (const text of await interfaceTexts(page, locale)) if (german.has(text)) found.push(`${path}: ${text}`);
    }
    expect(found).toEqual([]);
  });
}

test("the root address negotiates every language from Accept-Language", async ({ request }) => {
  for (const [header, expected] of [
    ["uk-UA,uk;q=0.9", "/uk"],
    ["fa-IR", "/fa"],
    ["pl", "/pl"],
    ["tr-TR,de;q=0.5", "/tr"],
  ] as const) {
    const response = await request.get("/", { headers: { "Accept-Language": header }, maxRedirects: 0 });
    expect(new URL(response.headers().location ?? "", "http://localhost").pathname).toBe(expected);
  }
});

test("the language switcher keeps the page and the query; Farsi is right-to-left", async ({ page }) => {
  await page.goto("/de/angebote?q=beratung");
  await page.locator(".language-switcher summary").click();
  await page.getByRole("link", { name: "Polski" }).click();
  await expect(page).toHaveURL(/\/pl\/angebote\?q=beratung$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await page.locator(".language-switcher summary").click();
  await page.getByRole("link", { name: "فارسی" }).click();
  await expect(page).toHaveURL(/\/fa\/angebote\?q=beratung$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("every page names its other languages as hreflang alternates", async ({ request }) => {
  const response = await request.get("/de/veranstaltungen");
  const links = response.headers().link ?? "";
  for (const locale of ["de", "en", "ar", "uk", "ru", "tr", "pl", "ro", "bg", "fa"])
    expect(links).toContain(`hreflang="${locale}"`);
});

test("dates, numbers and plurals follow the language", async ({ page }) => {
  await page.goto("/uk/veranstaltungen");
  // Ukrainian month names, not German ones.
  await expect(page.locator(".card").first()).not.toContainText(
    /Januar|Februar|März|Montag|Dienstag|Mittwoch|Donnerstag|Freitag/,
  );
  await page.goto("/ar");
  await expect(page.locator("body")).toContainText(/[\u0600-\u06FF]/);
});
