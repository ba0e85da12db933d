import { execFile } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { snapshotFile } from "@/lib/search/embedded-snapshot";
import { databaseFilePath } from "@/lib/sqlite/database-file";
import { backupDatabase } from "@/lib/sqlite/online-backup";
import { restoreDatabase } from "@/lib/sqlite/restore-backup";
import { prepareDatabase } from "@/scripts/prepare-database";
import { TMP_DIR } from "@/tests/setup/paths";

// The app's database here is the one lib/db's client uses in this test file, so "the restored data is served"
// is checked through the app's own client, and "the app is running" is that client holding its connection.

const folder = path.join(TMP_DIR, `restore-${randomUUID().slice(0, 8)}`);
const appDatabase = databaseFilePath(env.DATABASE_URL);
const dataDir = path.join(folder, "data");
const latestMigration = readdirSync(path.join("prisma", "migrations"))
  .filter((entry) => /^\d{14}_/.test(entry))
  .sort()
  .at(-1)!;
let backup: string;

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** A copy of the backup changed by `change`, to restore from. */
function variant(name: string, change: (db: Database.Database) => void): string {
  const file = path.join(folder, `${name}.db`);
  copyFileSync(backup, file);
  const db = new Database(file);
  change(db);
  db.close();
  return file;
}

const restore = (from: string) => restoreDatabase({ from, databaseFile: appDatabase, dataDir });

beforeAll(async () => {
  mkdirSync(dataDir, { recursive: true });
  // A database made by the real migrations (Prisma's _prisma_migrations included), with one mail in it.
  const original = path.join(folder, "original.db");
  prepareDatabase(`file:${original}`);
  const db = new Database(original);
  db.prepare(
    `INSERT INTO "DevMail" ("id", "to", "subject", "text", "createdAt") VALUES ('m1', ?, 'in the backup', '', ?)`,
  ).run("backup@example.org", Date.now());
  db.close();
  backup = path.join(folder, "backup.db");
  await backupDatabase(original, backup);
});

afterAll(() => prisma.$disconnect());

describe("refusals change nothing", () => {
  let before: string;
  beforeEach(async () => {
    await prisma.$disconnect();
    before = hash(appDatabase);
  });
  afterEach(() => {
    expect(hash(appDatabase)).toBe(before);
    expect(readdirSync(path.dirname(appDatabase)).filter((file) => file.includes(".restoring"))).toEqual([]);
  });

  test("a file that is not SQLite", () => {
    const file = path.join(folder, "notes.db");
    writeFileSync(file, "these are not the rows you are looking for\n".repeat(100));
    expect(() => restore(file)).toThrow(`${file} is not an SQLite database.`);
  });

  test("a damaged database", () => {
    const file = path.join(folder, "damaged.db");
    const bytes = readFileSync(backup);
    bytes.fill(0xa5, 4_096 * 3, 4_096 * 12); // pages 4 to 12: tables and indexes of the schema
    writeFileSync(file, bytes);
    expect(() => restore(file)).toThrow(/damaged\.db is damaged/);
  });

  test("a database of another application", () => {
    const file = path.join(folder, "other.db");
    new Database(file).exec("CREATE TABLE things (id INTEGER)");
    expect(() => restore(file)).toThrow("is not a database of this app (it has no _prisma_migrations table)");
  });

  test("a backup from a newer version of the app", () => {
    const file = variant("newer", (db) =>
      db
        .prepare(
          `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ('x', 'x', ?, '29991231000000_from_the_future', 1)`,
        )
        .run(Date.now()),
    );
    expect(() => restore(file)).toThrow(
      "was made by a newer version of the app (migrations this code does not know: 29991231000000_from_the_future)",
    );
  });

  test("a backup with a migration that failed half-way", () => {
    const file = variant("failed", (db) =>
      db.prepare(`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = ?`).run(latestMigration),
    );
    expect(() => restore(file)).toThrow(`has a migration that failed half-way (${latestMigration})`);
  });

  test("while the app holds the database open", async () => {
    await prisma.devMail.count(); // the app's connection is open, as in a running server
    expect(() => restore(backup)).toThrow(`${appDatabase} is in use (is the app running?)`);
  });
});

test("a restore puts the backup in place, keeps the database as it was, and the app serves the restored data", async () => {
  await prisma.devMail.create({
    data: { id: "later", to: "later@example.org", subject: "after the backup", text: "" },
  });
  await prisma.$disconnect(); // the app is stopped
  const snapshot = snapshotFile(dataDir);
  mkdirSync(path.dirname(snapshot), { recursive: true });
  writeFileSync(snapshot, "an index of the data before the restore");

  const result = restore(backup);

  expect(result.pendingMigrations).toEqual([]);
  expect(result.removedSearchSnapshot).toBe(snapshot);
  expect(existsSync(snapshot)).toBe(false);
  for (const sidecar of ["-wal", "-shm"]) expect(existsSync(`${appDatabase}${sidecar}`)).toBe(false);
  expect(result.previousCopy).toMatch(/backups\/pre-restore-[\dTZ-]+\.db$/);
  const previous = new Database(result.previousCopy!, { readonly: true });
  expect(previous.prepare(`SELECT "subject" FROM "DevMail"`).all()).toEqual([{ subject: "after the backup" }]);
  previous.close();

  expect(await prisma.devMail.findMany({ select: { id: true, subject: true } })).toEqual([
    { id: "m1", subject: "in the backup" },
  ]);
  expect(await prisma.$queryRawUnsafe("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
  expect(await prisma.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
});

test("a backup older than the code is restored and names the migrations the next start applies", async () => {
  await prisma.$disconnect();
  const file = variant("older", (db) =>
    db.prepare(`DELETE FROM _prisma_migrations WHERE migration_name = ?`).run(latestMigration),
  );
  expect(restore(file).pendingMigrations).toEqual([latestMigration]);
});

test("npm run db:restore without a path says so in one message, without a stack trace", async () => {
  const result = await promisify(execFile)(path.join("node_modules", ".bin", "tsx"), ["scripts/db-restore.ts"], {
    env: { ...process.env, DATABASE_URL: `file:${path.join(folder, "unused.db")}`, DATA_DIR: dataDir },
  }).catch((error: { code: number; stdout: string; stderr: string }) => error);
  expect(result).toMatchObject({
    code: 1,
    stderr:
      "Name the backup to restore.\nUsage: npm run db:restore -- PATH   (PATH: a backup made by npm run db:backup)\n",
  });
});
