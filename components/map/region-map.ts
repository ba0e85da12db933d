import L from "leaflet";

// The county map every map in the app starts from: view, tiles through this app's proxy (if configured) and
// the borders from this app's API. The browser contacts no third party.

export const markerIcon = L.icon({
  iconUrl: "/leaflet/marker-icon.png",
  iconRetinaUrl: "/leaflet/marker-icon-2x.png",
  shadowUrl: "/leaflet/marker-shadow.png",
  iconSize: [25, 41],
  iconAnchor: [12, 41],
  popupAnchor: [1, -34],
  shadowSize: [41, 41],
});

/** Creates the map in the container; call the returned function to remove it. */
export function createRegionMap(container: HTMLElement, hasTiles: boolean): { map: L.Map; dispose: () => void } {
  // Right-to-left pages get the controls at their start, the right; people who asked for reduced motion get
  // no zoom and pan animations.
  const rightToLeft = getComputedStyle(container).direction === "rtl";
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
  L.control.attribution({ position: rightToLeft ? "bottomleft" : "bottomright" }).addTo(map);
  map.setView([51.9, 8.4], 10);
  if (hasTiles) L.tileLayer("/api/tiles/{z}/{x}/{y}", { maxZoom: 18 }).addTo(map);
  const controller = new AbortController();
  fetch("/api/v1/region/borders", { signal: controller.signal })
    .then((response) => response.json() as Promise<GeoJSON.FeatureCollection & { attribution: string }>)
    .then((borders) => {
      L.geoJSON(borders, {
        attribution: borders.attribution,
        interactive: false,
        style: (feature) =>
          (feature?.properties as { kind?: string } | null)?.kind === "county"
            ? { color: "#083f78", weight: 3, fill: false }
            : { color: "#4a5360", weight: 1, fillColor: "#0b5cad", fillOpacity: 0.04 },
      }).addTo(map);
    })
    .catch(() => {}); // without borders the markers still work
  return {
    map,
    dispose: () => {
      controller.abort();
      map.remove();
    },
  };
}
