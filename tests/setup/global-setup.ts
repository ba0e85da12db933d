import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { createDatabaseFromMigrations } from "./apply-migrations";
import { JEST_ROOT, runDirectory } from "./paths";

const STALE_AFTER_MS = 6 * 3_600_000;

/** Builds this run's template database from the migrations; folders of runs long finished are removed. */
export default function globalSetup(): void {
  mkdirSync(JEST_ROOT, { recursive: true });
  for (const entry of readdirSync(JEST_ROOT)) {
    const folder = path.join(JEST_ROOT, entry);
    if (Date.now() - statSync(folder).mtimeMs > STALE_AFTER_MS) rmSync(folder, { recursive: true, force: true });
  }
  const run = `${process.pid}-${Date.now()}`;
  process.env.ATLAS_JEST_RUN = run;
  mkdirSync(runDirectory(run), { recursive: true });
  createDatabaseFromMigrations(path.join(runDirectory(run), "template.db"));
}
