import { fromMeilisearchPointsResult, toMeilisearchPointsRequest } from "@/lib/search/meilisearch-points";
import { toMeilisearchRequests } from "@/lib/search/meilisearch-requests";
import { makeSearchDocument, searchQuery } from "@/lib/search/offer-search-index.contract";

const now = new Date("2026-11-24T12:00:00Z");

test("the points request searches like the list's main request, unpaged, unfaceted and slim", () => {
  const query = searchQuery("beratung", { filters: { municipality: ["verl"], isFree: true } });
  const request = toMeilisearchPointsRequest(query, 20_000, now);
  const [main] = toMeilisearchRequests(query, now);
  expect(request).toMatchObject({ q: main!.q, filter: main!.filter, matchingStrategy: main!.matchingStrategy });
  expect(request).toMatchObject({ hitsPerPage: 20_000, page: 1, facets: [] });
  expect(request.sort).toBeUndefined();
  expect(request.attributesToRetrieve).not.toContain("document");
  expect(request.attributesToRetrieve).toEqual(expect.arrayContaining(["document.slug", "document.location"]));
});

test("the answer keeps located hits and the exact total", () => {
  const located = makeSearchDocument({
    title: "Sprachcafé",
    translations: { uk: { title: "Мовне кафе", summary: "…" } },
  });
  const unlocated = makeSearchDocument({ title: "Telefonberatung", location: null });
  const points = fromMeilisearchPointsResult({
    indexUid: "offers",
    hits: [{ document: located }, { document: unlocated }],
    totalHits: 2,
    processingTimeMs: 1,
    query: "",
  });
  expect(points).toEqual({
    total: 2,
    points: [
      {
        id: located.id,
        slug: located.slug,
        title: "Sprachcafé",
        titles: { uk: "Мовне кафе" },
        organisation: located.organisation,
        location: located.location,
      },
    ],
  });
});
