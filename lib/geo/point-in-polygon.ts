// Planar geometry on GeoJSON [lng, lat] positions. At county scale (≈50 km) the error of treating degrees as
// planar coordinates is far below the ±50 m accuracy of the borders themselves.

export type Position = [number, number];
export type PolygonCoordinates = Position[][]; // exterior ring first, then holes

function isInsideRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the point lies inside the exterior ring and outside every hole. */
export function isPointInPolygon(point: Position, polygon: PolygonCoordinates): boolean {
  const [exterior, ...holes] = polygon;
  if (!exterior || !isInsideRing(point, exterior)) return false;
  return !holes.some((hole) => isInsideRing(point, hole));
}

export type BoundingBox = { west: number; south: number; east: number; north: number };

export function boundingBoxOf(polygon: PolygonCoordinates): BoundingBox {
  const exterior = polygon[0] ?? [];
  return {
    west: Math.min(...exterior.map(([lng]) => lng)),
    south: Math.min(...exterior.map(([, lat]) => lat)),
    east: Math.max(...exterior.map(([lng]) => lng)),
    north: Math.max(...exterior.map(([, lat]) => lat)),
  };
}
