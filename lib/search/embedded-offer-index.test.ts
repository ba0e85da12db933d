import { EmbeddedOfferIndex } from "@/lib/search/embedded-offer-index";
import { describeOfferSearchIndexContract } from "@/lib/search/offer-search-index.contract";

describe("the embedded search index (Orama)", () => {
  describeOfferSearchIndexContract(() => Promise.resolve(new EmbeddedOfferIndex()));
});
