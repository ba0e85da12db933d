import { mkdirSync, rmSync } from "node:fs";
import { createDatabaseFromMigrations } from "./apply-migrations";
import { TEMPLATE_DB, TMP_DIR } from "./paths";

/** Builds the template database from the migrations; the databases of earlier runs are removed first. */
export default function globalSetup(): void {
  rmSync(TMP_DIR, { recursive: true, force: true });
  mkdirSync(TMP_DIR, { recursive: true });
  createDatabaseFromMigrations(TEMPLATE_DB);
}
