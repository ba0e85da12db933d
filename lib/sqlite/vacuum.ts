import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";

// secure_delete zeroes deleted rows but leaves their pages in the file as free pages; VACUUM rewrites the file
// without them and gives the space back. It also removes what connections without secure_delete left behind
// (migrations rebuilding tables, someone with the sqlite3 shell). Run through the app's client, VACUUM waits in
// the same queue as every other statement (lib/sqlite/serialised-adapter.ts), so the app's writers wait for it
// instead of failing. It holds the write lock for its duration: 0.3–0.7 s for the 34 MB of 10,000 demo offers
// on the 2-core build machine (under load), so roughly 1–2 s per 100 MB.

const WEEK_MS = 7 * 86_400_000;
/** After a large deletion (retention, an erased account with many rows): do not wait for the week to end. */
const FREE_SHARE_DUE = 0.1;

export type VacuumRun = {
  reason: "weekly" | "free pages";
  bytesBefore: number;
  bytesAfter: number;
  milliseconds: number;
};

async function pragmaNumber(db: PrismaClient, pragma: string): Promise<number> {
  const rows = await db.$queryRawUnsafe<Record<string, bigint | number>[]>(`PRAGMA ${pragma}`);
  return Number(Object.values(rows[0] ?? {})[0] ?? 0);
}

async function databaseBytes(db: PrismaClient): Promise<{ bytes: number; freeShare: number }> {
  const [pages, free, pageSize] = [
    await pragmaNumber(db, "page_count"),
    await pragmaNumber(db, "freelist_count"),
    await pragmaNumber(db, "page_size"),
  ];
  return { bytes: pages * pageSize, freeShare: pages === 0 ? 0 : free / pages };
}

function lastVacuumAt(stampFile: string): Date | null {
  if (!existsSync(stampFile)) return null;
  const date = new Date(readFileSync(stampFile, "utf8").trim());
  return Number.isNaN(date.getTime()) ? null : date;
}

function writeStamp(stampFile: string, at: Date): void {
  mkdirSync(path.dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, `${at.toISOString()}\n`);
}

export function vacuumStampFile(dataDir: string): string {
  return path.join(dataDir, "sqlite-last-vacuum");
}

/**
 * VACUUMs the database when a week has passed since the last time (the clock starts at the first check) or a
 * tenth of its pages are free, then truncates the WAL, which VACUUM filled with a copy of the whole database.
 * Returns null when it was not due.
 */
export async function vacuumIfDue({
  stampFile,
  db = prisma,
  now = new Date(),
}: {
  stampFile: string;
  db?: PrismaClient;
  now?: Date;
}): Promise<VacuumRun | null> {
  const last = lastVacuumAt(stampFile);
  if (!last) writeStamp(stampFile, now);
  const before = await databaseBytes(db);
  const reason =
    before.freeShare >= FREE_SHARE_DUE
      ? "free pages"
      : last && now.getTime() - last.getTime() >= WEEK_MS
        ? "weekly"
        : null;
  if (!reason) return null;
  const started = Date.now();
  await db.$executeRawUnsafe("VACUUM");
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  writeStamp(stampFile, now);
  const after = await databaseBytes(db);
  return { reason, bytesBefore: before.bytes, bytesAfter: after.bytes, milliseconds: Date.now() - started };
}
