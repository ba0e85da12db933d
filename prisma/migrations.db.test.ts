import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createDatabaseFromMigrations } from "@/tests/setup/apply-migrations";
import { TMP_DIR } from "@/tests/setup/paths";

type SchemaObject = { type: string; name: string; tbl_name: string; sql: string | null };

/** Tables, indexes and their SQL, normalised so that formatting does not matter. */
function readSchema(file: string): SchemaObject[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare<[], SchemaObject>(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' ORDER BY type, name",
      )
      .all()
      .map((entry) => ({ ...entry, sql: entry.sql?.replace(/\s+/g, " ").trim() ?? null }));
  } finally {
    db.close();
  }
}

const fresh = (name: string) => {
  const file = path.join(TMP_DIR, `${name}-${process.env.JEST_WORKER_ID ?? 0}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  return file;
};

test("applying every migration to an empty database gives exactly the schema in schema.prisma", () => {
  const migrated = fresh("migrated");
  createDatabaseFromMigrations(migrated);

  const pushed = fresh("pushed");
  execFileSync(path.join("node_modules", ".bin", "prisma"), ["db", "push", "--skip-generate"], {
    env: { ...process.env, DATABASE_URL: `file:${pushed}` },
    stdio: "pipe",
  });

  const migratedSchema = readSchema(migrated);
  expect(migratedSchema.length).toBeGreaterThan(40);
  expect(migratedSchema).toEqual(readSchema(pushed));
});
