import L from "leaflet";
import { placeLabels } from "@/lib/map/label-placement";

// The county map every map in the app starts from: view, tiles through this app's proxy (if configured) and
// the borders from this app's API. The browser contacts no third party.
// Without tiles the map draws its own base: the rivers, the borders, the municipalities' names at their town
// centres and a scale bar, so it is readable on its own. With tiles those carry names and water, and only the
// borders are drawn on top, so nothing is labelled twice.

export const markerIcon = L.icon({
  iconUrl: "/leaflet/marker-icon.png",
  iconRetinaUrl: "/leaflet/marker-icon-2x.png",
  shadowUrl: "/leaflet/marker-shadow.png",
  iconSize: [25, 41],
  iconAnchor: [12, 41],
  popupAnchor: [1, -34],
  shadowSize: [41, 41],
});

/** What /api/v1/region/borders returns (lib/map/region-borders.ts), as far as the map reads it. */
type BorderProperties =
  | { kind: "county"; name: string }
  | { kind: "municipality"; name: string; label: [number, number]; population: number }
  | { kind: "water"; level: number };
type Borders = GeoJSON.FeatureCollection<GeoJSON.Geometry, BorderProperties> & {
  attribution: string;
  waterAttribution?: string;
  tileAttribution?: string;
};

/** Towns this large get the larger type. */
const MAJOR_TOWN_POPULATION = 40_000;

/** Creates the map in the container; call the returned function to remove it. */
export function createRegionMap(container: HTMLElement, hasTiles: boolean): { map: L.Map; dispose: () => void } {
  // Right-to-left pages get the controls at their start, the right; people who asked for reduced motion get
  // no zoom and pan animations.
  // The page's direction: map containers are left-to-right inside (offer-map.tsx), their controls follow the page.
  const rightToLeft = document.documentElement.dir === "rtl";
  const animate = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const map = L.map(container, {
    zoomControl: false,
    keyboard: true,
    attributionControl: false,
    minZoom: 8,
    maxZoom: 18,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    inertia: animate,
  });
  L.control.zoom({ position: rightToLeft ? "topright" : "topleft" }).addTo(map);
  const end = rightToLeft ? "bottomleft" : "bottomright";
  const attribution = L.control.attribution({ position: end }).addTo(map);
  // Metric only. In the attribution's corner, stacked above it: on a phone the attribution runs across the
  // whole width and would cover a scale bar in the other corner. Screen readers skip it: "5 km" alone,
  // without the map it measures, says nothing.
  const scale = L.control.scale({ imperial: false, position: end }).addTo(map);
  scale.getContainer()?.setAttribute("aria-hidden", "true");
  map.setView([51.9, 8.4], 10);
  if (hasTiles) L.tileLayer("/api/tiles/{z}/{x}/{y}", { maxZoom: 18 }).addTo(map);
  else container.classList.add("region-map--basemap");
  let stopLabels = () => {};
  const controller = new AbortController();
  fetch("/api/v1/region/borders", { signal: controller.signal })
    .then((response) => response.json() as Promise<Borders>)
    .then((borders) => {
      const ofKind = (...kinds: BorderProperties["kind"][]) => ({
        ...borders,
        features: borders.features.filter((feature) => kinds.includes(feature.properties.kind)),
      });
      if (hasTiles && borders.tileAttribution) attribution.addAttribution(borders.tileAttribution);
      const water = ofKind("water");
      if (!hasTiles && water.features.length > 0) {
        // A pane of its own under the borders' overlay pane, which then holds only the borders.
        map.createPane("basemapWater").style.zIndex = "350";
        L.geoJSON(water, {
          attribution: borders.waterAttribution,
          interactive: false,
          pane: "basemapWater",
          style: (feature) => ({
            color: "#3d7ebf",
            weight: (feature?.properties as { level?: number } | undefined)?.level === 2 ? 3 : 2,
            opacity: 0.85,
            lineCap: "round",
          }),
        }).addTo(map);
      }
      L.geoJSON(ofKind("municipality", "county"), {
        attribution: borders.attribution,
        interactive: false,
        style: (feature) =>
          (feature?.properties as { kind?: string } | null)?.kind === "county"
            ? { color: "#083f78", weight: 3, fill: false }
            : { color: "#4a5360", weight: 1, fillColor: "#0b5cad", fillOpacity: hasTiles ? 0.04 : 0.02 },
      }).addTo(map);
      if (!hasTiles) {
        const towns = borders.features.flatMap(({ properties }) =>
          properties.kind === "municipality" ? [properties] : [],
        );
        stopLabels = drawTownLabels(map, towns);
      }
    })
    .catch(() => {}); // without borders the markers still work
  return {
    map,
    dispose: () => {
      controller.abort();
      stopLabels();
      // A zoom animation still under way ends in a 250 ms timer that moves the map's panes. After remove() they
      // are gone and that timer throws "Cannot read properties of undefined (reading '_leaflet_pos')", e.g. when
      // someone zooms and at once follows a link away from the map. Ending the animation here stops it.
      (map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
      map.remove();
    },
  };
}

/**
 * The municipalities' names at their town centres, each with a dot, in a pane of their own between the borders
 * and the markers. They are decoration for sighted readers: not markers (nothing to click, focus or count as a
 * result), and hidden from screen readers, whose way to a place is the result list and the municipality
 * filter. On every zoom the names are placed again (lib/map/label-placement.ts), larger towns first; a name
 * that does not fit beside its dot waits for a closer zoom. During a zoom animation they are hidden
 * (leaflet-zoom-hide) rather than scaled with the map.
 */
function drawTownLabels(map: L.Map, towns: { name: string; label: [number, number]; population: number }[]) {
  const pane = map.createPane("basemapLabels");
  pane.style.zIndex = "450"; // over the borders (overlay pane, 400), under markers and popups (600+)
  pane.style.pointerEvents = "none";
  pane.setAttribute("aria-hidden", "true");
  const labels = [...towns]
    .sort((a, b) => b.population - a.population)
    .map((town) => {
      const element = document.createElement("div");
      element.className = "map-label leaflet-zoom-hide";
      if (town.population >= MAJOR_TOWN_POPULATION) element.classList.add("map-label--major");
      element.lang = "de"; // official German names, also on pages in other languages
      const dot = document.createElement("span");
      dot.className = "map-label__dot";
      const text = document.createElement("span");
      text.className = "map-label__text";
      text.textContent = town.name;
      element.append(dot, text);
      pane.append(element);
      return { element, text, latLng: L.latLng(town.label[1], town.label[0]) };
    });
  let stopped = false;
  const layout = () => {
    if (stopped) return;
    const points = labels.map(({ latLng }) => map.latLngToLayerPoint(latLng));
    const topLeft = map.containerPointToLayerPoint([0, 0]);
    const size = map.getSize();
    const frame = { left: topLeft.x, top: topLeft.y, right: topLeft.x + size.x, bottom: topLeft.y + size.y };
    const placements = placeLabels(
      labels.map(({ text }, i) => ({ ...points[i]!, width: text.offsetWidth, height: text.offsetHeight })),
      frame,
    );
    labels.forEach(({ element }, i) => {
      L.DomUtil.setPosition(element, points[i]!);
      element.dataset.placement = placements[i] ?? "none";
    });
  };
  layout();
  void document.fonts?.ready.then(layout); // the names' widths change once the font is there
  // After a pan too: a name at the edge may now fit on the side towards the middle.
  map.on("zoom viewreset moveend resize", layout);
  return () => {
    stopped = true;
    map.off("zoom viewreset moveend resize", layout);
  };
}
