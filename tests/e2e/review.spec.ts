import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { reuseSession } from "./dev-mailbox";
import { expect, findAccessibilityViolations, test } from "./fixtures";

// The admins' review in one place (issue #14): a queued offer opens as the public will see it, an edit of a
// published offer shows old and new side by side, the decision is made on that page, a notice confirms it, and
// the offer is found in search. The decision forms are plain HTML: the first journey runs without JavaScript.

test.use({ locale: "de-DE" });

const E2E_DATABASE = "tests/.tmp/e2e/atlas.db";

function queryOne<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(E2E_DATABASE, { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

/** Waits until the search page lists the offer (the index is updated from the outbox, shortly after a change). */
async function expectFoundInSearch(page: Page, query: string, slug: string) {
  await expect
    .poll(
      async () => {
        await page.goto(`/de/angebote?q=${encodeURIComponent(query)}`);
        return page.locator(`main a[href$="/angebote/${slug}"]`).count();
      },
      { timeout: 10_000 },
    )
    .toBeGreaterThan(0);
}

test("an admin opens a queued offer, sees the preview, publishes it and finds it in search (no JavaScript)", async ({
  browser,
}) => {
  // The seeded queued offer whose title is rarest, so the search for it has few other hits.
  const queued = queryOne<{ id: string; slug: string; title: string }>(
    `SELECT id, slug, title FROM "Offer" o WHERE status = 'in_review'
     ORDER BY (SELECT count(*) FROM "Offer" same WHERE same.title = o.title), submittedAt LIMIT 1`,
  );
  // Signing in is not what this test is about: the session is made (or reused) with JavaScript, then carried over.
  const signIn = await browser.newContext();
  await reuseSession(signIn, "admin@example.org");
  await signIn.close();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const admin = await context.newPage();
  await reuseSession(context, "admin@example.org");

  await admin.goto("/de/verwaltung?section=offers");
  const item = admin.locator("article.review-item", {
    has: admin.locator(`a[href$="/pruefung/angebote/${queued.id}"]`),
  });
  // Every queued item says since when it waits, with a date (the seeded ones used to show "seit" alone).
  await expect(item.locator(".meta")).toContainText(/wartet seit \d{1,2}\.\d{1,2}\.\d{4}/);
  await item.getByRole("link", { name: queued.title }).click();

  await expect(admin).toHaveURL(new RegExp(`/de/verwaltung/pruefung/angebote/${queued.id}$`));
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(queued.title);
  await expect(admin.getByText("Neues Angebot, wartet auf die erste Veröffentlichung")).toBeVisible();
  await expect(admin.getByRole("heading", { name: "Auf einen Blick" })).toBeVisible(); // the public page's body

  // Rejecting needs a reason: the browser's own check holds the empty form back, the offer stays queued.
  await admin.getByRole("button", { name: "Ablehnen und Begründung senden" }).click();
  await expect(admin).toHaveURL(new RegExp(`/pruefung/angebote/${queued.id}$`));

  await admin.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(admin).toHaveURL(/\/de\/verwaltung\?hinweis=approved/);
  await expect(admin.locator(".action-notice")).toHaveText("Freigegeben. Es ist jetzt öffentlich zu finden.");
  await expect(admin.locator(`a[href$="/pruefung/angebote/${queued.id}"]`)).toHaveCount(0);

  await expectFoundInSearch(admin, queued.title, queued.slug);
  await context.close();
});

test("an edit of a published offer waits in the second-look list with a side-by-side diff", async ({ browser }) => {
  // A published offer of the demo editor's organisation (the seed makes redaktion@ its owner).
  const offer = queryOne<{ id: string; slug: string; title: string; summary: string }>(
    `SELECT o.id, o.slug, o.title, o.summary FROM "Offer" o
     JOIN "Membership" m ON m.organisationId = o.organisationId JOIN "User" u ON u.id = m.userId
     WHERE u.email = 'redaktion@example.org' AND o.status = 'published' AND o.secondLookSince IS NULL
     ORDER BY o.slug LIMIT 1`,
  );
  const word = `Zweitblick${Date.now()}`;
  const summary = `Jetzt auch samstags: ${word}.`;

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await reuseSession(editorContext, "redaktion@example.org");
  await editor.goto(`/de/dashboard/angebote/${offer.id}`);
  await editor.getByLabel("Kurzbeschreibung").fill(summary);
  await editor.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(editor.getByText("Gespeichert.").first()).toBeVisible();
  await editorContext.close();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await reuseSession(adminContext, "admin@example.org");
  await admin.goto("/de/verwaltung?section=secondLooks");
  const item = admin.locator("article.review-item", { hasText: word });
  await expect(item.locator(".meta")).toContainText(/wartet seit \d{1,2}\.\d{1,2}\.\d{4}/);
  await item.getByRole("link", { name: offer.title }).click();

  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(offer.title);
  await expect(admin.locator("article header")).toContainText(summary); // the preview shows what is online
  const diff = admin.getByRole("table", { name: /Geprüfte und aktuelle Fassung nebeneinander/ });
  // Only the changed field is marked: the form's other values went back as they were.
  const changedRows = diff.locator("tbody tr.offer-diff__changed");
  await expect(changedRows.locator("th")).toHaveText(["Kurzbeschreibung geändert"]);
  await expect(diff.locator("caption")).toContainText("1 Angabe geändert.");
  const row = diff.getByRole("row", { name: /Kurzbeschreibung/ });
  await expect(row.getByText("geändert")).toBeVisible();
  await expect(row.locator("del")).toHaveText(offer.summary);
  await expect(row.locator("ins")).toHaveText(summary);
  expect(await findAccessibilityViolations(admin)).toEqual([]);

  await admin.getByRole("button", { name: "Durchgesehen" }).click();
  await expect(admin).toHaveURL(/\/de\/verwaltung\?hinweis=approved/);
  await expect(admin.locator(".action-notice")).toHaveText("Freigegeben. Es ist jetzt öffentlich zu finden.");
  await admin.goto("/de/verwaltung?section=secondLooks");
  await expect(admin.locator("article.review-item", { hasText: word })).toHaveCount(0);

  await expectFoundInSearch(admin, word, offer.slug);
  await adminContext.close();
});
