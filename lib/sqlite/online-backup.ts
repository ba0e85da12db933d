import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import {
  DatabaseFileError,
  backupsFolder,
  fileTimestamp,
  hasSqliteHeader,
  removeWithSidecars,
} from "@/lib/sqlite/database-file";

// An online backup with SQLite's backup API while the app keeps serving. The copy is read inside one read
// transaction, so it is the database as of one moment; in WAL mode that reader does not hold up the app's
// writers. A copy of the file itself (cp, rsync) is not a backup: it misses what is still in the -wal file and
// can tear in the middle of a write.

/** SQLite restarts a stepwise backup whenever another connection writes; one step for all pages never restarts. */
const ALL_PAGES = 0x7fffffff;

export type BackupResult = { file: string; bytes: number; milliseconds: number };

export function defaultBackupFile(dataDir: string, now: Date = new Date()): string {
  return path.join(backupsFolder(dataDir), `atlas-${fileTimestamp(now)}.db`);
}

/**
 * Copies the database to `destination` (a new file; its folder is created) and checks the copy. Throws a
 * DatabaseFileError when there is nothing to back up or the destination exists.
 */
export async function backupDatabase(databaseFile: string, destination: string): Promise<BackupResult> {
  const started = Date.now();
  if (!existsSync(databaseFile) || !statSync(databaseFile).isFile())
    throw new DatabaseFileError(`There is no database at ${databaseFile} (check DATABASE_URL).`);
  if (!hasSqliteHeader(databaseFile))
    throw new DatabaseFileError(`${databaseFile} is not an SQLite database (check DATABASE_URL).`);
  if (path.resolve(destination) === path.resolve(databaseFile))
    throw new DatabaseFileError("The backup cannot be written over the database itself.");
  if (existsSync(destination)) throw new DatabaseFileError(`${destination} exists already; a backup never overwrites.`);
  mkdirSync(path.dirname(destination), { recursive: true });

  // Written under another name and renamed when complete, so a backup file is never half a backup.
  const partial = `${destination}.partial`;
  removeWithSidecars(partial);
  const source = new Database(databaseFile, { fileMustExist: true, timeout: 5_000 });
  try {
    await source.backup(partial, { progress: () => ALL_PAGES });
  } catch (error) {
    removeWithSidecars(partial);
    throw error;
  } finally {
    source.close();
  }

  const copy = new Database(partial);
  try {
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`The backup failed its integrity check: ${String(integrity)}`);
    // The copy inherits WAL mode; a rollback-journal file is self-contained and can be opened read-only.
    copy.pragma("journal_mode = DELETE");
  } catch (error) {
    copy.close();
    removeWithSidecars(partial);
    throw error;
  }
  copy.close();
  const fd = openSync(partial, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, destination);
  return { file: destination, bytes: statSync(destination).size, milliseconds: Date.now() - started };
}
