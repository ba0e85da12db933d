import { closeSync, openSync, readSync, rmSync } from "node:fs";
import path from "node:path";

// What the backup and restore commands need to know about an SQLite file on disk.

/** An expected refusal (a bad path, a damaged file, the app still running): its message is for the operator. */
export class DatabaseFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseFileError";
  }
}

/** The file of a `file:` DATABASE_URL. */
export function databaseFilePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "");
}

/** The files SQLite keeps beside a database while it is open or after a crash. */
export const SIDECAR_SUFFIXES = ["-wal", "-shm", "-journal"] as const;

export function removeWithSidecars(file: string): void {
  for (const suffix of ["", ...SIDECAR_SUFFIXES]) rmSync(`${file}${suffix}`, { force: true });
}

const HEADER = Buffer.from("SQLite format 3\0", "latin1");

/** True if the file starts with SQLite's 16-byte header (the first check, before SQLite opens it). */
export function hasSqliteHeader(file: string): boolean {
  const header = Buffer.alloc(HEADER.length);
  const fd = openSync(file, "r");
  try {
    return readSync(fd, header, 0, header.length, 0) === header.length && header.equals(HEADER);
  } finally {
    closeSync(fd);
  }
}

/** A file name part from a date that sorts in time order and is valid on every file system. */
export function fileTimestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/:/g, "-");
}

export function backupsFolder(dataDir: string): string {
  return path.join(dataDir, "backups");
}
