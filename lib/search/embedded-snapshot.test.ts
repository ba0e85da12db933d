import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { EmbeddedOfferIndex } from "@/lib/search/embedded-offer-index";
import { loadSnapshot, saveSnapshot, snapshotFile } from "@/lib/search/embedded-snapshot";
import { makeSearchDocument, searchQuery } from "@/lib/search/offer-search-index.contract";

const dataDir = () => mkdtempSync(path.join(tmpdir(), "atlas-snapshot-"));

test("a saved snapshot loads into a new index with its save time, and searches the same", async () => {
  const file = snapshotFile(dataDir());
  const index = new EmbeddedOfferIndex();
  await index.replaceAll([makeSearchDocument({ slug: "elterncafe", title: "Elterncafé" })]);
  const savedAt = new Date("2026-11-24T08:00:00Z");
  saveSnapshot(index, file, savedAt);

  const restored = new EmbeddedOfferIndex();
  expect(loadSnapshot(restored, file)).toEqual(savedAt);
  expect((await restored.search(searchQuery("eltern"))).hits.map((hit) => hit.document.slug)).toEqual(["elterncafe"]);
});

test("a missing or unreadable snapshot means: rebuild", () => {
  const file = snapshotFile(dataDir());
  expect(loadSnapshot(new EmbeddedOfferIndex(), file)).toBeNull();
  const broken = path.join(dataDir(), "broken.v8");
  writeFileSync(broken, "not a snapshot");
  expect(loadSnapshot(new EmbeddedOfferIndex(), broken)).toBeNull();
});
