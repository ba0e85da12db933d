import {
  OfferLinkInputSchema,
  offerReferenceOf,
  RecommendationInputSchema,
  VoteInputSchema,
} from "@/lib/working-groups/schemas";

test("an offer is named by id, slug or the address of its page", () => {
  expect(offerReferenceOf("clx0offer")).toBe("clx0offer");
  expect(offerReferenceOf("https://atlas.example/de/angebote/sprachcafe-verl?tab=1#karte")).toBe("sprachcafe-verl");
  expect(offerReferenceOf("/ar/angebote/sprachcafe-verl/")).toBe("sprachcafe-verl");
  expect(OfferLinkInputSchema.parse({ offer: "  sprachcafe-verl " })).toEqual({ offer: "sprachcafe-verl" });
  expect(OfferLinkInputSchema.safeParse({ offer: "" }).success).toBe(false);
});

test("a vote states the wished state: a checked box is a vote, its absence none", () => {
  expect(VoteInputSchema.parse({ voted: "on" })).toEqual({ voted: true });
  expect(VoteInputSchema.parse({})).toEqual({ voted: false });
});

test("the gap fields are optional: an empty select is no choice, a malformed value is refused", () => {
  const text = { title: "Abendkurse", text: "Mehr Kurse am Abend anbieten." };
  expect(RecommendationInputSchema.parse(text)).toEqual(text);
  expect(
    RecommendationInputSchema.parse({ ...text, gapMunicipality: " verl ", gapTopic: "", gapLanguage: "ar" }),
  ).toMatchObject({ gapMunicipality: "verl", gapTopic: null, gapLanguage: "ar" });
  expect(RecommendationInputSchema.safeParse({ ...text, gapLanguage: "Arabisch" }).success).toBe(false);
  expect(RecommendationInputSchema.safeParse({ ...text, gapMunicipality: "../verl" }).success).toBe(false);
});
