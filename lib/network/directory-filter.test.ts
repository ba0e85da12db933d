import { DirectoryFilterSchema, isDirectorySearch } from "@/lib/network/directory";

const searched = (query: Record<string, string>) => isDirectorySearch(DirectoryFilterSchema.parse(query));

test.each<Record<string, string>>([
  { q: "Sprachcafé" },
  { topic: "sprache-bildung" },
  { municipality: "verl" },
  { kind: "association" },
  { language: "ar" },
])("%j is a search", (query) => {
  expect(searched(query)).toBe(true);
});

test.each<Record<string, string>>([
  {},
  { q: "" },
  { q: "   " },
  { in: "offers" },
  { topic: "Not A Slug" },
  { hinweis: "blocked" },
])("%j is no search (the page was only opened, or the filter is invalid and ignored)", (query) => {
  expect(searched(query)).toBe(false);
});
