import { mkdirSync } from "node:fs";
import { expect, test } from "./fixtures";

// Screenshots of the home page and a results page in German, Arabic and Ukrainian at phone and desktop width,
// kept as artifacts of every run (test-results/screenshots, and attached to the report), and the right-to-left
// layout checked on them: in Arabic the site name, the headings and the map's controls sit on the right.

const VIEWPORTS = [
  { name: "mobile", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
] as const;
const PAGES = [
  { name: "home", path: "" },
  { name: "results", path: "/angebote?q=beratung" },
] as const;
const DIRECTORY = "test-results/screenshots";

for (const locale of ["de", "ar", "uk"] as const) {
  for (const viewport of VIEWPORTS) {
    test(`${locale} at ${viewport.name} width`, async ({ page }, testInfo) => {
      mkdirSync(DIRECTORY, { recursive: true });
      await page.setViewportSize(viewport);
      for (const { name, path } of PAGES) {
        await page.goto(`/${locale}${path}`);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        const rtl = locale === "ar";
        await expect(page.locator("html")).toHaveAttribute("dir", rtl ? "rtl" : "ltr");
        // Headings start at the start of the line: the right edge in Arabic, the left edge otherwise.
        const { textLeft, textRight, boxLeft, boxRight } = await page.evaluate(() => {
          const heading = document.querySelector("h1")!;
          const range = document.createRange();
          range.selectNodeContents(heading);
          const text = range.getBoundingClientRect();
          const box = heading.getBoundingClientRect();
          return { textLeft: text.left, textRight: text.right, boxLeft: box.left, boxRight: box.right };
        });
        if (rtl) expect(boxRight - textRight).toBeLessThan(2);
        else expect(textLeft - boxLeft).toBeLessThan(2);
        const siteName = (await page.locator(".site-name").boundingBox())!;
        if (rtl) expect(siteName.x + siteName.width).toBeGreaterThan(viewport.width / 2);
        else expect(siteName.x).toBeLessThan(viewport.width / 2);
        if (name === "results" && viewport.name === "desktop") {
          const map = (await page.locator(".leaflet-container").first().boundingBox())!;
          const zoom = (await page.locator(".leaflet-control-zoom").first().boundingBox())!;
          if (rtl) expect(zoom.x).toBeGreaterThan(map.x + map.width / 2);
          else expect(zoom.x).toBeLessThan(map.x + map.width / 2);
        }
        const file = `${DIRECTORY}/${locale}-${name}-${viewport.name}.png`;
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(`${locale}-${name}-${viewport.name}`, { path: file, contentType: "image/png" });
      }
    });
  }
}
