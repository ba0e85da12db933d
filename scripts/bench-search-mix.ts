/** The fixed query mix of `npm run bench:search`: what residents do, as query strings of /api/v1/search. */
export const benchQueryMix = [
  { name: "typo", query: "q=Deutchkurs" },
  { name: "prefix", query: "q=beratu" },
  { name: "compound", query: "q=beratung" },
  { name: "facets", query: "q=kurs&municipality=verl&topic=sprache-bildung&language=uk" },
  { name: "filters", query: "municipality=guetersloh&municipality=verl&audience=familien&free=true" },
  { name: "geo", query: "near=51.9096,8.3811&radius=10&sort=distance" },
  { name: "empty browse", query: "" },
] as const;
