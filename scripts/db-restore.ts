// npm run db:restore -- PATH — puts a backup back in place of the database, with the app stopped
// (lib/sqlite/restore-backup.ts): checks it, keeps the current database, swaps, and makes the search index
// follow the restored data. See docs/backup-and-restore.md.
import { z } from "zod";
import { DatabaseFileError, databaseFilePath } from "@/lib/sqlite/database-file";

const USAGE = "Usage: npm run db:restore -- PATH   (PATH: a backup made by npm run db:backup)";

const ArgumentsSchema = z.tuple([z.string().regex(/^[^-]/)]);

async function main(): Promise<void> {
  const parsed = ArgumentsSchema.safeParse(process.argv.slice(2));
  if (!parsed.success)
    throw new DatabaseFileError(
      process.argv.length <= 2
        ? `Name the backup to restore.\n${USAGE}`
        : `Unexpected arguments: ${process.argv.slice(2).join(" ")}\n${USAGE}`,
    );
  const [from] = parsed.data;
  const { env } = await import("@/lib/env");
  const { restoreDatabase } = await import("@/lib/sqlite/restore-backup");
  const databaseFile = databaseFilePath(env.DATABASE_URL);
  const result = restoreDatabase({ from, databaseFile, dataDir: env.DATA_DIR });

  console.log(`Restored ${from} to ${databaseFile}.`);
  console.log(
    result.previousCopy
      ? `The database as it was is kept at ${result.previousCopy}.`
      : "There was no database before; nothing to keep.",
  );
  if (result.pendingMigrations.length > 0)
    console.log(
      `The backup is older than this code: the next start (or npm run db:migrate) applies ${result.pendingMigrations.join(", ")}.`,
    );
  if (env.MEILISEARCH_HOST) {
    // Meilisearch still holds the offers as they were before the restore: replace them with the restored ones.
    const { prisma } = await import("@/lib/db");
    const { MeilisearchOfferIndex } = await import("@/lib/search/meilisearch-offer-index");
    const { reindexAll } = await import("@/lib/search/indexer");
    try {
      const index = new MeilisearchOfferIndex(env.MEILISEARCH_HOST, env.MEILISEARCH_API_KEY);
      await index.applySettings();
      console.log(`Search: Meilisearch reindexed from the restored data (${await reindexAll(index)} offers).`);
    } catch (error) {
      throw new DatabaseFileError(
        `The database is restored, but Meilisearch could not be reindexed (${(error as Error).message}). ` +
          "Run npm run search:reindex before starting the app.",
      );
    } finally {
      await prisma.$disconnect();
    }
  } else {
    console.log(
      result.removedSearchSnapshot
        ? `Search: the index snapshot ${result.removedSearchSnapshot} was removed; the next start rebuilds the index from the restored data.`
        : "Search: there was no index snapshot; the next start builds the index from the restored data.",
    );
  }
  console.log("Start the app again (npm start).");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
