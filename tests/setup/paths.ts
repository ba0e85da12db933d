import path from "node:path";

// Each jest run has a folder of its own (named in globalSetup, inherited by the workers), so two runs at once,
// or a jest run beside the end-to-end tests (tests/.tmp/e2e), never remove each other's databases.
export const JEST_ROOT = path.join(__dirname, "..", ".tmp", "jest");
export const TMP_DIR = path.join(JEST_ROOT, process.env.ATLAS_JEST_RUN ?? "current");
export const TEMPLATE_DB = path.join(TMP_DIR, "template.db");
export const MIGRATIONS_DIR = path.join(__dirname, "..", "..", "prisma", "migrations");

export function runDirectory(run: string): string {
  return path.join(JEST_ROOT, run);
}
