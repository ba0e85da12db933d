import { parseSearchRequest } from "@/lib/search/search-request";
import { searchHref, toSearchParams } from "@/lib/search/search-url";

const parse = (query: string) => parseSearchRequest(new URLSearchParams(query));

test("defaults to an empty query, page 1 of 20, relevance, German", () => {
  expect(parse("")).toEqual({
    ok: true,
    request: {
      text: "",
      filters: { municipality: [], topic: [], language: [], audience: [], isFree: false, near: null, bbox: null },
      sort: "relevance",
      page: 1,
      perPage: 20,
      locale: "de",
    },
  });
});

test("reads repeated filters, a point with radius and a bounding box", () => {
  const parsed = parse(
    "q=kurs&municipality=verl&municipality=rietberg&language=uk&free=true&near=51.9,8.5&radius=5&bbox=8.1,51.8,8.6,52.1&sort=distance&locale=ar",
  );
  expect(parsed).toMatchObject({
    ok: true,
    request: {
      text: "kurs",
      filters: {
        municipality: ["verl", "rietberg"],
        language: ["uk"],
        isFree: true,
        near: { lat: 51.9, lng: 8.5, radiusKm: 5 },
        bbox: { west: 8.1, south: 51.8, east: 8.6, north: 52.1 },
      },
      sort: "distance",
      locale: "ar",
    },
  });
});

test("an unknown UI locale falls back to German instead of failing", () => {
  expect(parse("locale=xx")).toMatchObject({ ok: true, request: { locale: "de" } });
});

test.each([
  ["q=" + "a".repeat(201), "q"],
  ["radius=0", "radius"],
  ["radius=101", "radius"],
  ["near=91,8", "near"],
  ["bbox=8.6,51.8,8.1,52.1", "bbox"],
  ["page=0", "page"],
  ["perPage=101", "perPage"],
  ["language=deu", "language.0"],
  ["sort=random", "sort"],
])("rejects %s at %s", (query, path) => {
  const parsed = parse(query);
  expect(parsed.ok).toBe(false);
  if (!parsed.ok) expect(parsed.issues.map((issue) => issue.path)).toContain(path);
});

test("the URL of a search round-trips through parsing", () => {
  const parsed = parse("q=kurs&topic=sprache-bildung&near=51.9,8.5&radius=5&sort=distance&page=2");
  if (!parsed.ok) throw new Error("expected a valid query");
  expect(parse(toSearchParams(parsed.request).toString())).toEqual({
    ...parsed,
    request: { ...parsed.request, locale: "de" },
  });
  expect(searchHref("de", parsed.request)).toBe(
    "/de/angebote?q=kurs&topic=sprache-bildung&near=51.9%2C8.5&radius=5&sort=distance&page=2",
  );
});
