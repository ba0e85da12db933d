import { createHash, randomBytes, randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { reuseSession } from "./dev-mailbox";
import { expect, test } from "./fixtures";

// The needs survey (issue #16): a worker opens a one-time link in Arabic with JavaScript off, is told what is
// missing, answers, and the admins' results then count the answer and show its Arabic free text. Four answers
// are there before, so the fifth lifts the figures over the threshold below which they are hidden.

test.use({ javaScriptEnabled: false });

const E2E_DATABASE = "tests/.tmp/e2e/atlas.db";
const ARABIC_TEXT = "نحتاج إلى دورات لغة في المساء للأمهات العاملات";

/** An open survey by invitation on language and education, with four answers and one unused link. */
function seedSurvey(): { id: string; slug: string; token: string } {
  const stamp = Date.now();
  const id = `e2e-survey-${stamp}`;
  const slug = `bedarfsumfrage-e2e-${stamp}`;
  const token = randomBytes(32).toString("base64url");
  const now = new Date().toISOString().replace("Z", "+00:00"); // how the Prisma adapter writes DateTime
  const db = new Database(E2E_DATABASE);
  try {
    db.prepare(
      `INSERT INTO "Survey" (id, slug, title, introduction, topicsJson, access, status, createdAt, updatedAt)
       VALUES (?, ?, 'Bedarfsumfrage (Test)', '', '["sprache-bildung"]', 'invited', 'open', ?, ?)`,
    ).run(id, slug, now, now);
    db.prepare(`INSERT INTO "SurveyInvitation" (id, surveyId, tokenHash, createdAt) VALUES (?, ?, ?, ?)`).run(
      randomUUID(),
      id,
      createHash("sha256").update(token).digest("hex"),
      now,
    );
    for (let i = 0; i < 4; i++) {
      const responseId = randomUUID();
      db.prepare(
        `INSERT INTO "SurveyResponse" (id, surveyId, submittedOn, municipality, language, locale)
         VALUES (?, ?, '2026-12-01', 'guetersloh', 'de', 'de')`,
      ).run(responseId, id);
      db.prepare(`INSERT INTO "SurveyAnswer" (responseId, topic, rating) VALUES (?, 'sprache-bildung', 3)`).run(
        responseId,
      );
    }
  } finally {
    db.close();
  }
  return { id, slug, token };
}

test("a survey answered in Arabic without JavaScript appears in the results", async ({ page, browser }) => {
  const survey = seedSurvey();
  const link = `/ar/umfrage/${survey.slug}?token=${encodeURIComponent(survey.token)}`;
  await page.goto(link);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bedarfsumfrage (Test)");

  // Only the municipality: refused, the summary says why, the choice is still there.
  await page.locator('select[name="municipality"]').selectOption("guetersloh");
  await page.getByRole("button", { name: "إرسال الإجابة" }).click();
  await expect(page.locator(".error-summary")).toContainText("يرجى الإجابة على سؤال واحد على الأقل.");
  await expect(page.locator('select[name="municipality"]')).toHaveValue("guetersloh");

  await page.getByLabel("4 – جيد نوعًا ما").check();
  await page.locator('textarea[name="answers.sprache-bildung.text"]').fill(ARABIC_TEXT);
  await page.locator('select[name="language"]').selectOption("ar");
  await page.getByRole("button", { name: "إرسال الإجابة" }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/umfrage/${survey.slug}/danke$`)); // the token is gone
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("شكرًا جزيلًا!");

  await page.goto(link);
  await expect(page.getByText("تم استخدام هذا الرابط من قبل.")).toBeVisible();

  const admin = await browser.newContext({ javaScriptEnabled: false });
  await reuseSession(admin, "admin@example.org");
  const adminPage = await admin.newPage();
  await adminPage.goto(`/de/verwaltung/umfragen/${survey.id}`);
  await expect(adminPage.getByText("5 Antworten insgesamt.")).toBeVisible();
  const topicRow = adminPage
    .getByRole("table", { name: /Bewertung je Thema/ })
    .getByRole("row", { name: /Sprache und Bildung/ });
  await expect(topicRow.getByRole("cell").first()).toHaveText("5");
  await expect(adminPage.locator('li[lang="ar"]', { hasText: ARABIC_TEXT })).toBeVisible();
  await admin.close();
});
