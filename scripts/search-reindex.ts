// npm run search:reindex — rebuilds the search index from the database with progress output.
// Embedded engine: writes the snapshot that the app loads at its next start (a running app keeps its own
// index, which it keeps current through the outbox). Meilisearch: replaces the index content in place.
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { EmbeddedOfferIndex } from "@/lib/search/embedded-offer-index";
import { saveSnapshot, snapshotFile } from "@/lib/search/embedded-snapshot";
import { reindexAll } from "@/lib/search/indexer";
import { MeilisearchOfferIndex } from "@/lib/search/meilisearch-offer-index";

async function main() {
  const started = Date.now();
  const index = env.MEILISEARCH_HOST
    ? new MeilisearchOfferIndex(env.MEILISEARCH_HOST, env.MEILISEARCH_API_KEY)
    : new EmbeddedOfferIndex();
  if (index instanceof MeilisearchOfferIndex) await index.applySettings();
  console.log(`Reindexing offers into the ${index.engine} search engine…`);
  const count = await reindexAll(index, {
    onProgress: (read) =>
      console.log(`  read ${read.toLocaleString("en")} offers, ${((Date.now() - started) / 1000).toFixed(1)} s`),
    // The embedded index built here is a snapshot for the next start; a running app still needs the outbox.
    clearOutbox: index instanceof MeilisearchOfferIndex,
  });
  if (index instanceof EmbeddedOfferIndex) {
    const file = snapshotFile(env.DATA_DIR);
    saveSnapshot(index, file, new Date(started));
    console.log(`Snapshot written to ${file}.`);
  }
  console.log(
    `Indexed ${count.toLocaleString("en")} public offers in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => void prisma.$disconnect());
