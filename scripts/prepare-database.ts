import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Creates the database folder, applies pending migrations and switches the file to WAL mode (persistent, so
 * once is enough): readers then never wait for the writer.
 */
export function prepareDatabase(databaseUrl: string): void {
  const file = databaseUrl.replace(/^file:/, "");
  mkdirSync(path.dirname(file), { recursive: true });
  execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.close();
}
