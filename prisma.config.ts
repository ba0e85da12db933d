import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// The JS (wasm) schema engine does the work, so the native engines are never needed. Pointing the CLI's
// download check at a file that exists stops it from trying (and failing) to fetch them.
// See docs/decisions/001-sqlite-with-prisma-6-19.md
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= __filename;
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= __filename;
// prisma.config.ts turns off the CLI's .env loading, and env("DATABASE_URL") in the schema must resolve.
process.env.DATABASE_URL ??= "file:./data/atlas.db";

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: () => Promise.resolve(new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! })),
});
