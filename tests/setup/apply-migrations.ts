import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS_DIR } from "./paths";

/** Executes every migration's SQL in order on a new SQLite file (≈0.1 s; `prisma migrate deploy` takes ≈1 s). */
export function createDatabaseFromMigrations(file: string): void {
  const db = new Database(file);
  try {
    const migrations = readdirSync(MIGRATIONS_DIR)
      .filter((entry) => /^\d{14}_/.test(entry))
      .sort();
    for (const migration of migrations)
      db.exec(readFileSync(path.join(MIGRATIONS_DIR, migration, "migration.sql"), "utf8"));
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}
