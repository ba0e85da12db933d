// npm run db:backup [-- PATH] — an online, consistent copy of the database while the app keeps serving
// (lib/sqlite/online-backup.ts). PATH is a new file or an existing folder; the default is
// DATA_DIR/backups/atlas-<time>.db. See docs/backup-and-restore.md.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DatabaseFileError, databaseFilePath } from "@/lib/sqlite/database-file";

const USAGE = "Usage: npm run db:backup [-- PATH]   (PATH: a new .db file or an existing folder)";

const ArgumentsSchema = z.union([z.tuple([]), z.tuple([z.string().regex(/^[^-]/)])]);

async function main(): Promise<void> {
  const parsed = ArgumentsSchema.safeParse(process.argv.slice(2));
  if (!parsed.success)
    throw new DatabaseFileError(`Unexpected arguments: ${process.argv.slice(2).join(" ")}\n${USAGE}`);
  // Imported here, so that an invalid configuration is reported like any other refusal.
  const { env } = await import("@/lib/env");
  const { backupDatabase, defaultBackupFile } = await import("@/lib/sqlite/online-backup");
  const [target] = parsed.data;
  const destination =
    target === undefined
      ? defaultBackupFile(env.DATA_DIR)
      : existsSync(target) && statSync(target).isDirectory()
        ? path.join(target, path.basename(defaultBackupFile(env.DATA_DIR)))
        : target;
  const backup = await backupDatabase(databaseFilePath(env.DATABASE_URL), destination);
  console.log(
    `Backup written to ${backup.file} (${(backup.bytes / 1_048_576).toFixed(1)} MB, integrity ok, ${backup.milliseconds} ms).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
