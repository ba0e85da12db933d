import { EmbeddedOfferIndex } from "@/lib/search/embedded-offer-index";
import {
  describeOfferSearchIndexContract,
  makeSearchDocument,
  searchQuery,
} from "@/lib/search/offer-search-index.contract";

describe("the embedded search index (Orama)", () => {
  describeOfferSearchIndexContract(() => Promise.resolve(new EmbeddedOfferIndex()));
});

test("a snapshot restores the same index without rebuilding it", async () => {
  const index = new EmbeddedOfferIndex();
  await index.replaceAll([makeSearchDocument({ slug: "fahrradwerkstatt", title: "Fahrradwerkstatt" })]);
  const restored = new EmbeddedOfferIndex();
  restored.importSnapshot(
    JSON.parse(JSON.stringify(index.exportSnapshot())) as ReturnType<EmbeddedOfferIndex["exportSnapshot"]>,
  );
  expect(await restored.count()).toBe(1);
  const result = await restored.search(searchQuery("werkstatt"));
  expect(result.hits.map((hit) => hit.document.slug)).toEqual(["fahrradwerkstatt"]);
});
