import { spawn, type ChildProcess } from "node:child_process";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { Page } from "@playwright/test";
import { pressSignInButton, SIGN_IN_LINK_PATH } from "./dev-mailbox";

// A second instance of the app (the production server on the build `npm start` made for the main e2e server, the
// same database) that sends its mail through SMTP to a real smtp-server in this test process, so the tests see
// what a mail server receives: the production path, where the development mailbox does not exist.

export type CapturedMail = { to: string; subject: string; text: string };

export type SmtpApp = {
  baseURL: string;
  mails: CapturedMail[];
  /** Waits for the first mail to `to` whose subject matches that has arrived since `since` mails. */
  waitForMail: (to: string, subject: RegExp, since?: number) => Promise<CapturedMail>;
  stop: () => Promise<void>;
};

const E2E_DIR = "tests/.tmp/e2e";

function startSmtpSink(mails: CapturedMail[]): Promise<SMTPServer & { port: number }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = [parsed.to ?? []]
            .flat()
            .flatMap((address) => address.value.map((v) => v.address ?? ""))
            .join(", ");
          mails.push({ to, subject: parsed.subject ?? "", text: parsed.text ?? "" });
          callback();
        })
        .catch(callback);
    },
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.server.address() as AddressInfo;
      resolve(Object.assign(server, { port }));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The SMTP app instance exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The SMTP app instance did not answer ${url} within 60 s`);
}

export async function startSmtpApp(port: number): Promise<SmtpApp> {
  const mails: CapturedMail[] = [];
  const sink = await startSmtpSink(mails);
  const baseURL = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["scripts/production-server.mjs", "--port", String(port)], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `file:./${E2E_DIR}/atlas.db`,
      // Its own data folder: its own search index snapshot and secret, nothing shared with the main server.
      DATA_DIR: `./${E2E_DIR}/smtp-instance`,
      APP_MODE: "demo",
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      PUBLIC_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForHealth(`${baseURL}/api/health`, child);

  async function waitForMail(to: string, subject: RegExp, since = 0): Promise<CapturedMail> {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const mail = mails.slice(since).find((m) => m.to.includes(to) && subject.test(m.subject));
      if (mail) return mail;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No mail to ${to} with subject ${subject} arrived within 15 s (got: ${JSON.stringify(mails)})`);
  }

  async function stop() {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
    await new Promise<void>((resolve) => sink.close(() => resolve()));
  }

  return { baseURL, mails, waitForMail, stop };
}

/** The first link in a plain-text mail that contains `part`. */
export function linkIn(mail: CapturedMail, part: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(part));
  if (!link) throw new Error(`No link containing ${part} in: ${mail.text}`);
  return link;
}

/** Signs in on the SMTP instance with the magic link from the received mail; lands where `returnPath` says. */
export async function signInThroughMail(page: Page, app: SmtpApp, email: string, locale = "de"): Promise<void> {
  const since = app.mails.length;
  await page.goto(`${app.baseURL}/${locale}/anmelden`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/anmelden\/pruefen/);
  const mail = await app.waitForMail(email, /.+/, since);
  await page.goto(linkIn(mail, SIGN_IN_LINK_PATH));
  await pressSignInButton(page);
}
