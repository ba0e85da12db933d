// npx tsx scripts/build-water.ts [region-slug] — builds regions/<slug>/water.geojson, the rivers drawn on maps
// without a tile server. Needs GMT and its GSHHG data from Debian: `apt-get install gmt gmt-gshhg-high`.
// The rivers are the WDBII lineaments inside GSHHG (full resolution) that reach into the region's bbox,
// clipped to that bbox with the margin the tile proxy serves, simplified like the borders (Douglas-Peucker,
// 25 m) and rounded to 5 decimals. The output is deterministic; see regions/kreis-guetersloh/DATA-SOURCES.md for the licence.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

type Point = [number, number];
type Box = { west: number; south: number; east: number; north: number };

const MARGIN = { lng: 0.15, lat: 0.1 }; // as in app/api/tiles/[z]/[x]/[y]/route.ts
const TOLERANCE_M = 25;
const GSHHG_VERSION = "2.3.7";

/** `gmt coast -I` prints segments as "> River Bin # N, Level L" headers followed by "lon lat" lines. */
export function parseGmtSegments(text: string): { level: number; points: Point[] }[] {
  const segments: { level: number; points: Point[] }[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith(">")) {
      const level = Number(/Level\s+(\d+)/.exec(line)?.[1] ?? Number.NaN);
      segments.push({ level, points: [] });
    } else if (line.trim() && segments.length > 0) {
      const [lng, lat] = line.trim().split(/\s+/).map(Number);
      if (Number.isFinite(lng) && Number.isFinite(lat)) segments.at(-1)!.points.push([lng!, lat!]);
    }
  }
  return segments;
}

/** Cuts a line at the box edges (Liang-Barsky per segment); returns the parts inside. */
export function clipLine(points: Point[], box: Box): Point[][] {
  const parts: Point[][] = [];
  let current: Point[] = [];
  const flush = () => {
    if (current.length > 1) parts.push(current);
    current = [];
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[i + 1]!;
    const dx = x1 - x0;
    const dy = y1 - y0;
    let t0 = 0;
    let t1 = 1;
    let outside = false;
    for (const [p, q] of [
      [-dx, x0 - box.west],
      [dx, box.east - x0],
      [-dy, y0 - box.south],
      [dy, box.north - y0],
    ] as const) {
      if (p === 0) {
        if (q < 0) outside = true;
      } else {
        const t = q / p;
        if (p < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
      }
    }
    if (outside || t0 > t1) {
      flush();
      continue;
    }
    const start: Point = [x0 + t0 * dx, y0 + t0 * dy];
    const end: Point = [x0 + t1 * dx, y0 + t1 * dy];
    const last = current.at(-1);
    if (!last || last[0] !== start[0] || last[1] !== start[1]) {
      flush();
      current.push(start);
    }
    current.push(end);
    if (t1 < 1) flush(); // the line leaves the box here
  }
  flush();
  return parts;
}

/** Douglas-Peucker in a local equirectangular projection, tolerance in metres; keeps both end points. */
export function simplify(points: Point[], toleranceM: number, referenceLat: number): Point[] {
  const kx = 111_320 * Math.cos((referenceLat * Math.PI) / 180);
  const ky = 110_540;
  const xy = points.map(([lng, lat]) => [lng * kx, lat * ky] as const);
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = xy[first]!;
    const [bx, by] = xy[last]!;
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = 0;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = xy[i]!;
      const d =
        length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest !== -1 && distance > toleranceM) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;

function main() {
  const slug = process.argv[2] ?? "kreis-guetersloh";
  const directory = path.join("regions", slug);
  const { bbox } = JSON.parse(readFileSync(path.join(directory, "municipalities.geojson"), "utf8")) as {
    bbox: [number, number, number, number];
  };
  const [west, south, east, north] = bbox;
  const box: Box = {
    west: round(west - MARGIN.lng),
    south: round(south - MARGIN.lat),
    east: round(east + MARGIN.lng),
    north: round(north + MARGIN.lat),
  };
  // -Ia: all river classes; -Df: full resolution; -M: one segment per header. It runs in the
  // temporary folder, where it leaves its gmt.history.
  // GMT clips by its bins only.
  const text = execFileSync(
    "gmt",
    ["coast", `-R${box.west}/${box.east}/${box.south}/${box.north}`, "-Ia", "-Df", "-M"],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, cwd: tmpdir() },
  );
  const referenceLat = (south + north) / 2;
  const features = parseGmtSegments(text)
    .flatMap(({ level, points }) => clipLine(points, box).map((part) => ({ level, part })))
    .map(({ level, part }) => ({ level, part: simplify(part, TOLERANCE_M, referenceLat) }))
    .map(({ level, part }) => ({
      level,
      coordinates: part
        .map(([lng, lat]): Point => [round(lng), round(lat)])
        .filter((point, i, all) => i === 0 || point[0] !== all[i - 1]![0] || point[1] !== all[i - 1]![1]),
    }))
    .filter(({ coordinates }) => coordinates.length > 1)
    // Rivers that touch the county itself; a stretch only in the margin would float beside the map unexplained.
    .filter(({ coordinates }) =>
      coordinates.some(([lng, lat]) => lng >= west && lng <= east && lat >= south && lat <= north),
    )
    .sort((a, b) => a.level - b.level || b.coordinates.length - a.coordinates.length)
    .map(({ level, coordinates }) => ({
      type: "Feature",
      properties: { kind: "river", level },
      geometry: { type: "LineString", coordinates },
    }));
  if (features.length === 0) throw new Error("GMT returned no rivers for this box: is gmt-gshhg-high installed?");
  const collection = {
    type: "FeatureCollection",
    // Short, because it shares the map's corner with the borders' note on a phone; the provenance is in
    // DATA-SOURCES.md and on the data sources page.
    attribution: `Gewässer: <a href="https://www.soest.hawaii.edu/pwessel/gshhg/">GSHHG ${GSHHG_VERSION}</a> (<a href="https://www.gnu.org/licenses/lgpl-3.0.html">LGPL-3.0</a>)`,
    bbox: [box.west, box.south, box.east, box.north],
    features,
  };
  const file = path.join(directory, "water.geojson");
  writeFileSync(file, `${JSON.stringify(collection)}\n`);
  const vertices = features.reduce((sum, f) => sum + f.geometry.coordinates.length, 0);
  console.log(`${file}: ${features.length} river line(s), ${vertices} vertices.`);
}

if (require.main === module) main();
