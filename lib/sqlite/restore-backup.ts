import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { snapshotFile } from "@/lib/search/embedded-snapshot";
import {
  DatabaseFileError,
  SIDECAR_SUFFIXES,
  backupsFolder,
  fileTimestamp,
  hasSqliteHeader,
  removeWithSidecars,
} from "@/lib/sqlite/database-file";

// Puts a backup back in place of the database, with the app stopped. Every check runs on a staged copy before
// the database is touched; the database as it was is kept; the swap itself is one rename. See
// docs/backup-and-restore.md.

export type RestoreResult = {
  /** The database as it was before the restore, or null when there was none. */
  previousCopy: string | null;
  /** Migrations of this code the backup does not have yet: the next start applies them. */
  pendingMigrations: string[];
  /** The embedded search snapshot that was removed, so the next start rebuilds the index from the restored data. */
  removedSearchSnapshot: string | null;
};

export type RestoreOptions = {
  from: string;
  databaseFile: string;
  dataDir: string;
  migrationsDir?: string;
  now?: Date;
};

const MIGRATION_NAME = /^\d{14}_/;

function knownMigrations(migrationsDir: string): Set<string> {
  return new Set(readdirSync(migrationsDir).filter((entry) => MIGRATION_NAME.test(entry)));
}

function sqliteMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Checks a staged copy and returns the migrations this code has and it lacks; throws DatabaseFileError. */
function checkBackup(staged: Database.Database, from: string, known: Set<string>): string[] {
  let integrity: unknown;
  try {
    integrity = staged.pragma("integrity_check", { simple: true });
  } catch (error) {
    throw new DatabaseFileError(`${from} is damaged: ${sqliteMessage(error)}.`);
  }
  if (integrity !== "ok") throw new DatabaseFileError(`${from} is damaged (integrity check: ${String(integrity)}).`);

  const hasMigrationsTable = staged
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
    .get();
  if (!hasMigrationsTable)
    throw new DatabaseFileError(`${from} is not a database of this app (it has no _prisma_migrations table).`);
  const rows = staged
    .prepare(
      "SELECT migration_name AS name, finished_at AS finishedAt FROM _prisma_migrations WHERE rolled_back_at IS NULL",
    )
    .all() as { name: string; finishedAt: unknown }[];
  const failed = rows.filter((row) => row.finishedAt === null).map((row) => row.name);
  if (failed.length > 0)
    throw new DatabaseFileError(
      `${from} has a migration that failed half-way (${failed.join(", ")}); it cannot be used.`,
    );
  const applied = new Set(rows.map((row) => row.name));
  const unknown = [...applied].filter((name) => !known.has(name)).sort();
  if (unknown.length > 0)
    throw new DatabaseFileError(
      `${from} was made by a newer version of the app (migrations this code does not know: ${unknown.join(", ")}). ` +
        "Install that version first, then restore.",
    );
  return [...known].filter((name) => !applied.has(name)).sort();
}

/**
 * Holds the database so that no one else can open it until the connection closes; throws DatabaseFileError
 * if anyone has it open. A running app keeps its connection open, so this is how a running app is detected.
 */
function lockDatabase(databaseFile: string): Database.Database | null {
  if (!existsSync(databaseFile)) return null;
  const db = new Database(databaseFile, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; COMMIT;"); // in exclusive locking mode the lock outlives the transaction
    return db;
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === "SQLITE_BUSY")
      throw new DatabaseFileError(
        `${databaseFile} is in use (is the app running?). Stop the app, then restore; start it again afterwards.`,
      );
    return null; // unreadable (the reason for the restore, perhaps): nothing holds it, copy it as it is
  }
}

/** Copies the database with its -wal file (what SQLite has not yet checkpointed) beside the backups. */
function keepPreviousDatabase(databaseFile: string, lock: Database.Database | null, copy: string): string {
  try {
    lock?.pragma("wal_checkpoint(TRUNCATE)");
  } catch {
    // a damaged database cannot be checkpointed; its -wal file is copied along instead
  }
  mkdirSync(path.dirname(copy), { recursive: true });
  copyFileSync(databaseFile, copy);
  const wal = `${databaseFile}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) copyFileSync(wal, `${copy}-wal`);
  return copy;
}

/** Restores `from` over the database; throws DatabaseFileError (and changes nothing) when it refuses. */
export function restoreDatabase({
  from,
  databaseFile,
  dataDir,
  migrationsDir = path.join("prisma", "migrations"),
  now = new Date(),
}: RestoreOptions): RestoreResult {
  if (!existsSync(from)) throw new DatabaseFileError(`${from} does not exist.`);
  if (!statSync(from).isFile()) throw new DatabaseFileError(`${from} is not a file.`);
  if (path.resolve(from) === path.resolve(databaseFile))
    throw new DatabaseFileError(`${from} is the database itself; name a backup file.`);
  if (!hasSqliteHeader(from)) throw new DatabaseFileError(`${from} is not an SQLite database.`);
  const known = knownMigrations(migrationsDir);

  mkdirSync(path.dirname(databaseFile), { recursive: true });
  const lock = lockDatabase(databaseFile);
  // Staged beside the database, so that putting it in place is a rename on one file system.
  const staged = `${databaseFile}.restoring`;
  try {
    removeWithSidecars(staged);
    copyFileSync(from, staged);
    // A backup copied from a live WAL database carries its -wal: SQLite reads it into the staged copy.
    if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${staged}-wal`);
    const db = new Database(staged, { timeout: 0 });
    let pendingMigrations: string[];
    try {
      pendingMigrations = checkBackup(db, from, known);
      db.pragma("journal_mode = WAL");
    } catch (error) {
      if (error instanceof DatabaseFileError) throw error;
      throw new DatabaseFileError(`${from} cannot be read as a database: ${sqliteMessage(error)}.`);
    } finally {
      db.close();
    }

    const previousCopy = existsSync(databaseFile)
      ? keepPreviousDatabase(
          databaseFile,
          lock,
          path.join(backupsFolder(dataDir), `pre-restore-${fileTimestamp(now)}.db`),
        )
      : null;
    lock?.close();
    // A -wal file left beside the restored database would be replayed into it and corrupt it.
    for (const suffix of SIDECAR_SUFFIXES) rmSync(`${databaseFile}${suffix}`, { force: true });
    for (const suffix of SIDECAR_SUFFIXES) rmSync(`${staged}${suffix}`, { force: true });
    renameSync(staged, databaseFile);

    // The embedded index's snapshot describes the data before the restore, and catching up by updatedAt cannot
    // see offers that the restore took back to an older state: without it the next start rebuilds the index.
    const snapshot = snapshotFile(dataDir);
    const removedSearchSnapshot = existsSync(snapshot) ? snapshot : null;
    rmSync(snapshot, { force: true });
    return { previousCopy, pendingMigrations, removedSearchSnapshot };
  } finally {
    if (lock?.open) lock.close();
    removeWithSidecars(staged);
  }
}
