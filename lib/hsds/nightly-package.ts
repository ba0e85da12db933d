import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { berlinDay, toDateTimeInput } from "@/lib/events/event-time";
import { buildHsdsDataPackage } from "@/lib/hsds/tabular";

// The data package as a file, made once a night: mirrors fetch the same bytes all day (with an ETag to ask
// whether anything changed) instead of every request rebuilding 21 tables. The scheduler runs every hour and
// writes a new file on the first run after 02:00 Berlin time of a day that has none yet, or when there is none.

export const dataPackagePath = () => path.join(env.DATA_DIR, "open-data", "hsds-datapackage.zip");

const NIGHT_HOUR = 2;

export type DataPackageFile = { bytes: Buffer; modified: Date };

let writing: Promise<DataPackageFile> | undefined;

/**
 * Builds the package and replaces the file in one rename, so a download never reads half a file. Callers at
 * the same time (the night's job and a first download) share one build.
 */
export function writeDataPackage(now: Date = new Date()): Promise<DataPackageFile> {
  writing ??= (async () => {
    const file = dataPackagePath();
    await mkdir(path.dirname(file), { recursive: true });
    const bytes = Buffer.from(await buildHsdsDataPackage(now));
    const partial = `${file}.${randomUUID()}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, file);
    return { bytes, modified: (await stat(file)).mtime };
  })().finally(() => {
    writing = undefined;
  });
  return writing;
}

/** Whether the file is missing or from before this night's run (Berlin days: a file of yesterday is due at 02:00). */
export function isDataPackageDue(modified: Date | null, now: Date): boolean {
  if (!modified) return true;
  const hour = Number(toDateTimeInput(now).slice(11, 13));
  return berlinDay(modified) < berlinDay(now) && hour >= NIGHT_HOUR;
}

async function modifiedAt(file: string): Promise<Date | null> {
  try {
    return (await stat(file)).mtime;
  } catch {
    return null;
  }
}

/** The scheduler's job: a log line when it wrote the file, null when today's is there. */
export async function runDataPackageJob(now: Date = new Date()): Promise<string | null> {
  if (!isDataPackageDue(await modifiedAt(dataPackagePath()), now)) return null;
  const started = performance.now();
  const { bytes } = await writeDataPackage(now);
  return `HSDS data package: ${(bytes.length / 1_048_576).toFixed(2)} MB in ${Math.round(performance.now() - started)} ms`;
}

/** Tonight's file, written first when there is none yet (a fresh instance). */
export async function readDataPackage(): Promise<DataPackageFile> {
  const file = dataPackagePath();
  const modified = await modifiedAt(file);
  if (!modified) return writeDataPackage();
  return { bytes: await readFile(file), modified };
}
