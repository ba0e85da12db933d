import type { Region } from "@/lib/region/region";

// Municipalities that share a border. The region's GeoJSON stores shared borders with identical vertices
// (see regions/<slug>/DATA-SOURCES.md), so two municipalities are neighbours when they share a vertex.

const cache = new WeakMap<Region, Map<string, string[]>>();

function computeNeighbours(region: Region): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const municipality of region.municipalities) {
    for (const ring of municipality.polygon) {
      for (const [lng, lat] of ring) {
        const key = `${lng},${lat}`;
        const set = owners.get(key) ?? new Set<string>();
        set.add(municipality.slug);
        owners.set(key, set);
      }
    }
  }
  const neighbours = new Map<string, Set<string>>(region.municipalities.map((m) => [m.slug, new Set<string>()]));
  for (const set of owners.values()) {
    for (const a of set) for (const b of set) if (a !== b) neighbours.get(a)!.add(b);
  }
  return new Map([...neighbours].map(([slug, set]) => [slug, [...set].sort()]));
}

/** Slugs of the municipalities bordering the given one, alphabetically. */
export function neighboursOf(region: Region, slug: string): string[] {
  let neighbours = cache.get(region);
  if (!neighbours) {
    neighbours = computeNeighbours(region);
    cache.set(region, neighbours);
  }
  return neighbours.get(slug) ?? [];
}
