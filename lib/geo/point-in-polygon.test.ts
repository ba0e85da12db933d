import { boundingBoxOf, isPointInPolygon, type PolygonCoordinates } from "@/lib/geo/point-in-polygon";

const squareWithHole: PolygonCoordinates = [
  [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ],
  [
    [4, 4],
    [6, 4],
    [6, 6],
    [4, 6],
    [4, 4],
  ],
];

describe("isPointInPolygon", () => {
  test("a point inside the exterior ring is inside", () => {
    expect(isPointInPolygon([1, 1], squareWithHole)).toBe(true);
  });
  test("a point outside the exterior ring is outside", () => {
    expect(isPointInPolygon([11, 5], squareWithHole)).toBe(false);
    expect(isPointInPolygon([-0.1, 5], squareWithHole)).toBe(false);
  });
  test("a point inside a hole is outside", () => {
    expect(isPointInPolygon([5, 5], squareWithHole)).toBe(false);
  });
});

test("boundingBoxOf spans the exterior ring", () => {
  expect(boundingBoxOf(squareWithHole)).toEqual({ west: 0, south: 0, east: 10, north: 10 });
});
