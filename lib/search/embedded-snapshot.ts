import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { RawData } from "@orama/orama";
import compoundParts from "@/lib/search/data/compound-parts.json";
import synonyms from "@/lib/search/data/synonyms.json";
import type { EmbeddedOfferIndex } from "@/lib/search/embedded-offer-index";
import { ANALYSIS_VERSION } from "@/lib/search/text-analysis";

// The embedded index on disk, so a restart loads it instead of rebuilding. A snapshot made with other analysis
// data (compound parts, synonyms), another analysis version or another format is ignored and the index is rebuilt. V8's structured
// serialisation, not JSON: at 100,000 offers the index is larger than the longest string V8 can make.

const FORMAT = 2;
const analysisVersion = createHash("sha256")
  .update(JSON.stringify({ FORMAT, ANALYSIS_VERSION, compoundParts, synonyms }))
  .digest("hex")
  .slice(0, 16);

type Snapshot = { version: string; savedAt: string; raw: RawData };

export function snapshotFile(dataDir: string): string {
  return path.join(dataDir, "search", "embedded-offers.v8");
}

/** Writes atomically (temporary file, then rename), so a crash never leaves half a snapshot. */
export function saveSnapshot(index: EmbeddedOfferIndex, file: string, savedAt: Date): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const snapshot: Snapshot = { version: analysisVersion, savedAt: savedAt.toISOString(), raw: index.exportSnapshot() };
  writeFileSync(`${file}.tmp`, serialize(snapshot));
  renameSync(`${file}.tmp`, file);
}

/** Loads a compatible snapshot into the index and returns when it was saved, or null if there is none. */
export function loadSnapshot(index: EmbeddedOfferIndex, file: string): Date | null {
  if (!existsSync(file)) return null;
  try {
    const snapshot = deserialize(readFileSync(file)) as Snapshot;
    if (snapshot.version !== analysisVersion) return null;
    index.importSnapshot(snapshot.raw);
    return new Date(snapshot.savedAt);
  } catch {
    return null; // unreadable or from an incompatible version: rebuilding is always safe
  }
}
