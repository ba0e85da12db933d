import { clipLine, parseGmtSegments, simplify } from "./build-water";

describe("build-water", () => {
  test("reads GMT's segments with their river level", () => {
    const text = "> River Bin # 13688, Level 2\n8.1 51.9\n8.2 51.95\n> River Bin # 1, Level 3\n8.3\t52\n";
    expect(parseGmtSegments(text)).toEqual([
      {
        level: 2,
        points: [
          [8.1, 51.9],
          [8.2, 51.95],
        ],
      },
      { level: 3, points: [[8.3, 52]] },
    ]);
  });

  test("cuts lines at the box and splits a line that leaves and comes back", () => {
    const box = { west: 0, south: 0, east: 10, north: 10 };
    expect(
      clipLine(
        [
          [-5, 5],
          [5, 5],
          [15, 5],
          [15, 8],
          [5, 8],
        ],
        box,
      ),
    ).toEqual([
      [
        [0, 5],
        [5, 5],
        [10, 5],
      ],
      [
        [10, 8],
        [5, 8],
      ],
    ]);
    expect(
      clipLine(
        [
          [-5, -5],
          [-1, -1],
        ],
        box,
      ),
    ).toEqual([]);
  });

  test("simplifies within the tolerance and keeps both ends", () => {
    // 0.0001° of latitude is about 11 m: under 25 m the middle point goes, over it it stays.
    const line: [number, number][] = [
      [8, 52],
      [8.005, 52.0001],
      [8.01, 52],
    ];
    expect(simplify(line, 25, 52)).toEqual([
      [8, 52],
      [8.01, 52],
    ]);
    expect(simplify(line, 5, 52)).toHaveLength(3);
  });
});
