import { placeLabels, textBox, type LabelToPlace } from "@/lib/map/label-placement";
import { loadRegion, regionDirectory } from "@/lib/region/region";

const region = loadRegion(regionDirectory("kreis-guetersloh"));

/** Web Mercator pixels at a zoom, as Leaflet projects them. */
function project(lat: number, lng: number, zoom: number) {
  const size = 256 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return { x: ((lng + 180) / 360) * size, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size };
}

/** The 13 town labels by population, with the text size the CSS gives them (about 7 px a character). */
function townLabels(zoom: number): (LabelToPlace & { name: string })[] {
  return [...region.municipalities]
    .sort((a, b) => b.population - a.population)
    .map((m) => ({
      name: m.name,
      ...project(m.center.lat, m.center.lng, zoom),
      width: m.name.length * (m.population >= 40_000 ? 8.5 : 7),
      height: 16,
    }));
}

function overlap(a: ReturnType<typeof textBox>, b: ReturnType<typeof textBox>) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe("placeLabels", () => {
  test("names far apart all go to the east of their dots", () => {
    const labels = [0, 200, 400].map((x) => ({ x, y: 0, width: 80, height: 16 }));
    expect(placeLabels(labels)).toEqual(["e", "e", "e"]);
  });

  test("a name that would cover its neighbour moves to another side, or waits when no side is free", () => {
    const first = { x: 0, y: 0, width: 80, height: 16 };
    expect(placeLabels([first, { x: -10, y: 12, width: 80, height: 16 }])).toEqual(["e", "w"]);
    // This dot lies under the first name: the second town is left out at this zoom.
    expect(placeLabels([first, { x: 40, y: 0, width: 80, height: 16 }])).toEqual(["e", null]);
  });

  test("near the edge of the map a name goes to the side that stays in view", () => {
    const frame = { left: 0, top: 0, right: 400, bottom: 300 };
    expect(placeLabels([{ x: 350, y: 150, width: 80, height: 16 }], frame)).toEqual(["w"]);
    expect(placeLabels([{ x: 30, y: 150, width: 80, height: 16 }], frame)).toEqual(["e"]);
    // No side wholly in view: the side that shows most of it; cut by the edge rather than dropped.
    expect(placeLabels([{ x: 30, y: 150, width: 500, height: 16 }], frame)).toEqual(["e"]);
    expect(placeLabels([{ x: 30, y: 150, width: 70, height: 16 }], frame)).toEqual(["e"]);
    // East is taken by a neighbour's name: south shows two thirds of it, west an eighth.
    const neighbour = { x: 40, y: 100, width: 100, height: 16 };
    expect(placeLabels([neighbour, { x: 20, y: 115, width: 120, height: 16 }], frame)).toEqual(["e", "s"]);
  });

  test("no name covers another name or another town's dot", () => {
    for (const zoom of [9, 10, 11, 12]) {
      const labels = townLabels(zoom);
      const placements = placeLabels(labels);
      const placed = labels.flatMap((label, i) =>
        placements[i] ? [{ label, box: textBox(label, placements[i]) }] : [],
      );
      for (const [i, a] of placed.entries()) {
        for (const b of placed.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(false);
        for (const other of placed) {
          if (other === a) continue;
          const { x, y } = other.label;
          expect(x > a.box.left - 3 && x < a.box.right + 3 && y > a.box.top - 3 && y < a.box.bottom + 3).toBe(false);
        }
      }
    }
  });

  test("from zoom 10 on all 13 municipalities are named; at zoom 9 the largest towns still are", () => {
    expect(placeLabels(townLabels(10)).filter(Boolean)).toHaveLength(13);
    expect(placeLabels(townLabels(11)).filter(Boolean)).toHaveLength(13);
    const zoom9 = townLabels(9);
    const named = placeLabels(zoom9).flatMap((p, i) => (p ? [zoom9[i]!.name] : []));
    expect(named).toEqual(expect.arrayContaining(["Gütersloh", "Rheda-Wiedenbrück"]));
    expect(named.length).toBeGreaterThanOrEqual(8);
  });
});
