import path from "node:path";

export const TMP_DIR = path.join(__dirname, "..", ".tmp");
export const TEMPLATE_DB = path.join(TMP_DIR, "template.db");
export const MIGRATIONS_DIR = path.join(__dirname, "..", "..", "prisma", "migrations");
