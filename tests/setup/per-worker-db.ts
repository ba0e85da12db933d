// Runs before any import of a test file: each test file gets its own copy of the migrated template database,
// so lib/env and lib/db (which read DATABASE_URL once) point at it. A copy per file, not per worker: a previous
// file's client may still hold its database open, and replacing an open SQLite file corrupts it.
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { TEMPLATE_DB, TMP_DIR } from "./paths";

const worker = process.env.JEST_WORKER_ID ?? "0";
const file = path.join(TMP_DIR, `test-${worker}-${randomUUID().slice(0, 8)}.db`);
copyFileSync(TEMPLATE_DB, file);

process.env.DATABASE_URL = `file:${file}`;
process.env.DATA_DIR = path.join(TMP_DIR, `worker-${worker}-data`);
process.env.APP_MODE = "demo";
mkdirSync(process.env.DATA_DIR, { recursive: true });
