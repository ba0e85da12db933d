import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { backupDatabase, defaultBackupFile } from "@/lib/sqlite/online-backup";
import { TMP_DIR } from "@/tests/setup/paths";

const folder = path.join(TMP_DIR, `online-backup-${randomUUID().slice(0, 8)}`);
const source = path.join(folder, "atlas.db");

// A writer on its own connection in its own thread, as the app is beside `npm run db:backup`: each transaction
// adds a ledger row and moves the balance by the same amount, so any copy that is not one moment of the
// database shows a balance that disagrees with its ledger.
const WRITER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 5000 });
const insert = db.prepare("INSERT INTO ledger (amount) VALUES (?)");
const move = db.prepare("UPDATE balance SET total = total + ?, rows = rows + 1");
const write = db.transaction((amount) => { insert.run(amount); move.run(amount); });
let stop = false;
let committed = 0;
parentPort.on("message", (message) => { if (message === "stop") stop = true; });
(function loop() {
  for (let i = 0; i < 20; i++) write(1 + (committed++ % 97));
  parentPort.postMessage(committed);
  if (stop) { db.close(); parentPort.close(); } else setImmediate(loop);
})();
`;

beforeAll(() => {
  mkdirSync(folder, { recursive: true });
  const db = new Database(source);
  db.pragma("journal_mode = WAL");
  db.exec(`CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL);
           CREATE TABLE balance (total INTEGER NOT NULL, rows INTEGER NOT NULL);
           INSERT INTO balance VALUES (0, 0);
           CREATE TABLE padding (data BLOB);`);
  // About 30 MB, so that the copy takes long enough for the writer to commit while it runs.
  const pad = db.prepare("INSERT INTO padding VALUES (randomblob(4000))");
  db.transaction(() => {
    for (let i = 0; i < 7_500; i++) pad.run();
  })();
  db.close();
});

test("a backup taken while another connection writes is one consistent moment and passes integrity_check", async () => {
  const worker = new Worker(WRITER, {
    eval: true,
    workerData: { file: source, driver: require.resolve("better-sqlite3") },
  });
  let committed = 0;
  worker.on("message", (count: number) => (committed = count));
  const writing = (atLeast: number) =>
    new Promise<void>((resolve) => {
      const check = () => (committed >= atLeast ? resolve() : setTimeout(check, 5));
      check();
    });
  const stopped = new Promise((resolve) => worker.once("exit", resolve));
  try {
    await writing(200);
    const committedBefore = committed;
    const backup = await backupDatabase(source, path.join(folder, "during-writes.db"));
    const committedAfter = committed;
    worker.postMessage("stop");
    await stopped;

    const live = new Database(source, { readonly: true });
    const rowsAtTheEnd = (live.prepare("SELECT rows FROM balance").get() as { rows: number }).rows;
    live.close();
    const copy = new Database(backup.file, { readonly: true });
    const balance = copy.prepare("SELECT total, rows FROM balance").get() as { total: number; rows: number };
    const ledger = copy.prepare("SELECT COALESCE(SUM(amount), 0) AS total, COUNT(*) AS rows FROM ledger").get();
    const integrity: unknown = copy.pragma("integrity_check", { simple: true });
    const journalMode: unknown = copy.pragma("journal_mode", { simple: true });
    copy.close();

    expect(integrity).toBe("ok");
    expect(ledger).toEqual(balance);
    expect(balance.rows).toBeGreaterThanOrEqual(committedBefore); // everything committed before it began
    expect(committedAfter).toBeGreaterThan(committedBefore); // the writer wrote while the backup ran…
    expect(rowsAtTheEnd).toBeGreaterThan(balance.rows); // …and after the moment the backup shows
    expect(journalMode).toBe("delete"); // one self-contained file, no -wal beside it
  } finally {
    worker.postMessage("stop");
    await stopped;
  }
});

test("the default backup file is in DATA_DIR/backups and named by time", () => {
  expect(defaultBackupFile("/srv/atlas/data", new Date("2026-12-04T10:15:30.123Z"))).toBe(
    "/srv/atlas/data/backups/atlas-2026-12-04T10-15-30Z.db",
  );
});

test("a backup never overwrites a file and needs a database to copy", async () => {
  const existing = path.join(folder, "existing.db");
  writeFileSync(existing, "keep me");
  await expect(backupDatabase(source, existing)).rejects.toThrow("exists already; a backup never overwrites");
  await expect(backupDatabase(path.join(folder, "missing.db"), path.join(folder, "x.db"))).rejects.toThrow(
    "There is no database at",
  );
});

const run = promisify(execFile);

async function backupCommand(args: string[]) {
  return run(path.join("node_modules", ".bin", "tsx"), ["scripts/db-backup.ts", ...args], {
    env: { ...process.env, DATABASE_URL: `file:${source}`, DATA_DIR: folder },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

test("npm run db:backup writes a checked backup into a folder it is given", async () => {
  const target = path.join(folder, "nightly");
  mkdirSync(target);
  const result = await backupCommand([target]);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(
    /^Backup written to .*nightly\/atlas-[\dTZ-]+\.db \(\d+\.\d MB, integrity ok, \d+ ms\)\.\n$/,
  );
});

test("npm run db:backup with bad arguments says so in one message, without a stack trace", async () => {
  const result = await backupCommand(["--to", "x.db"]);
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(
    "Unexpected arguments: --to x.db\nUsage: npm run db:backup [-- PATH]   (PATH: a new .db file or an existing folder)\n",
  );
});
