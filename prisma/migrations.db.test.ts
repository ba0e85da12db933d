import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createDatabaseFromMigrations } from "@/tests/setup/apply-migrations";
import { TMP_DIR } from "@/tests/setup/paths";

type SchemaObject = { type: string; name: string; tbl_name: string; sql: string | null };

/**
 * Tables, indexes and their SQL, normalised so that formatting does not matter. A table is described by its
 * columns and foreign keys in name order: ALTER TABLE ADD COLUMN appends, `db push` does not, and the order of
 * columns means nothing to the app.
 */
function readSchema(file: string): SchemaObject[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare<[], SchemaObject>(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' ORDER BY type, name",
      )
      .all()
      .map((entry) => ({
        ...entry,
        sql:
          entry.type === "table"
            ? JSON.stringify([
                db
                  .prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY name`)
                  .all(entry.name),
                db
                  .prepare(
                    `SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY "from"`,
                  )
                  .all(entry.name),
              ])
            : (entry.sql?.replace(/\s+/g, " ").trim() ?? null),
      }));
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
