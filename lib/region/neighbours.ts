import type { Position } from "@/lib/geo/point-in-polygon";
import type { Region } from "@/lib/region/region";

// Municipalities that share a border. Kreis Gütersloh's GeoJSON stores shared borders with identical vertices
// (see regions/<slug>/DATA-SOURCES.md), but another region's borders may be simplified one municipality at a
// time, so their vertices need not coincide. Two municipalities are therefore neighbours when a vertex of one
// lies within TOLERANCE_METRES of the other's border; in Kreis Gütersloh every non-neighbouring pair is more
// than 3 km apart, so the tolerance only absorbs drift and never joins places that do not touch.

const TOLERANCE_METRES = 50;
const METRES_PER_DEGREE_LAT = 111_320;

type Point = { x: number; y: number };
type Outline = { slug: string; rings: Point[][]; box: { minX: number; minY: number; maxX: number; maxY: number } };

// A local equirectangular projection: at county scale (≈50 km) its error is far below the tolerance.
function projector(region: Region): (position: Position) => Point {
  const referenceLat = (region.bbox.south + region.bbox.north) / 2;
  const metresPerDegreeLng = METRES_PER_DEGREE_LAT * Math.cos((referenceLat * Math.PI) / 180);
  return ([lng, lat]) => ({ x: lng * metresPerDegreeLng, y: lat * METRES_PER_DEGREE_LAT });
}

function outlineOf(slug: string, rings: Point[][]): Outline {
  const points = rings.flat();
  const xs = points.map(({ x }) => x);
  const ys = points.map(({ y }) => y);
  return {
    slug,
    rings,
    box: { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) },
  };
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

function hasVertexNear(from: Outline, to: Outline): boolean {
  for (const point of from.rings.flat()) {
    for (const ring of to.rings) {
      for (let i = 1; i < ring.length; i++) {
        if (distanceToSegment(point, ring[i - 1]!, ring[i]!) <= TOLERANCE_METRES) return true;
      }
    }
  }
  return false;
}

function boxesOverlap(a: Outline, b: Outline): boolean {
  return (
    a.box.minX - TOLERANCE_METRES <= b.box.maxX &&
    b.box.minX - TOLERANCE_METRES <= a.box.maxX &&
    a.box.minY - TOLERANCE_METRES <= b.box.maxY &&
    b.box.minY - TOLERANCE_METRES <= a.box.maxY
  );
}

function computeNeighbours(region: Region): Map<string, string[]> {
  const project = projector(region);
  const outlines = region.municipalities.map((m) =>
    outlineOf(
      m.slug,
      m.polygon.map((ring) => ring.map(project)),
    ),
  );
  const neighbours = new Map<string, string[]>(outlines.map(({ slug }) => [slug, []]));
  for (const [index, a] of outlines.entries()) {
    for (const b of outlines.slice(index + 1)) {
      if (boxesOverlap(a, b) && (hasVertexNear(a, b) || hasVertexNear(b, a))) {
        neighbours.get(a.slug)!.push(b.slug);
        neighbours.get(b.slug)!.push(a.slug);
      }
    }
  }
  return new Map([...neighbours].map(([slug, list]) => [slug, list.sort()]));
}

// Computed once per loaded region (about 20 ms for 13 municipalities) and kept as long as the region is.
const cache = new WeakMap<Region, Map<string, string[]>>();

function neighbourMap(region: Region): Map<string, string[]> {
  let neighbours = cache.get(region);
  if (!neighbours) {
    neighbours = computeNeighbours(region);
    cache.set(region, neighbours);
  }
  return neighbours;
}

/** Slugs of the municipalities bordering the given one, alphabetically; empty for an unknown slug. */
export function neighboursOf(region: Region, slug: string): string[] {
  return neighbourMap(region).get(slug) ?? [];
}

/** Whether two different municipalities of the region share a border (a municipality is not its own neighbour). */
export function areNeighbours(region: Region, slugA: string, slugB: string): boolean {
  return slugA !== slugB && neighboursOf(region, slugA).includes(slugB);
}
