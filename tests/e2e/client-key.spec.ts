import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { startSmtpApp, type SmtpApp } from "./smtp-app";

// Rate limits count per client, and the client is the connection (TRUSTED_PROXY_HOPS=0 by default): a header the
// client writes itself must not buy it a fresh bucket. An instance of its own, so its limits are its own.

const PORT = Number(process.env.E2E_CLIENT_KEY_PORT ?? 3104);
let app: SmtpApp;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startSmtpApp(PORT);
});

test.afterAll(async () => {
  await app?.stop();
});

test("a forged X-Forwarded-For does not escape the feedback limit of 5 an hour", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: app.baseURL });
  const page = await context.newPage();
  const outcomes: string[] = [];
  for (let attempt = 1; attempt <= 6; attempt++) {
    // Each request claims to come from another address, as a script escaping the limit would.
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${attempt}` });
    await page.goto("/de/barrierefreiheit");
    await page.getByLabel("Was hat nicht funktioniert?").fill(`Der Kontrast ist zu gering (Versuch ${attempt}).`);
    await page.getByRole("button", { name: "Meldung senden" }).click();
    const answer = page.getByText(/Danke! Ihre Meldung ist beim Team angekommen\.|viele Rückmeldungen gesendet/);
    await expect(answer).toBeVisible();
    outcomes.push((await answer.textContent()) ?? "");
  }
  expect(outcomes.slice(0, 5).every((text) => text.startsWith("Danke"))).toBe(true);
  expect(outcomes[5]).toMatch(/viele Rückmeldungen gesendet/);
  await context.close();
});

// The main e2e server is `npm start` in demo mode: its open mailbox must not be reachable from another machine.
test("demo mode listens on loopback addresses only", () => {
  const port = Number(new URL(test.info().project.use.baseURL ?? "http://localhost:3100").port);
  const portHex = port.toString(16).toUpperCase().padStart(4, "0");
  const LISTEN = "0A";
  const loopback = new Set(["0100007F", "00000000000000000000000001000000"]); // 127.0.0.1, ::1 as /proc writes them
  const listening = ["/proc/net/tcp", "/proc/net/tcp6"]
    .filter((file) => existsSync(file))
    .flatMap((file) => readFileSync(file, "utf8").trim().split("\n").slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter(([, local, , state]) => state === LISTEN && local!.endsWith(`:${portHex}`))
    .map(([, local]) => local!.split(":")[0]!);
  expect(listening.length).toBeGreaterThan(0);
  expect(listening.filter((address) => !loopback.has(address))).toEqual([]);
});
