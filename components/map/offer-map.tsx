"use client";

import L from "leaflet";
import "leaflet.markercluster";
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
import { useEffect, useRef, useState } from "react";
import type { MapLabels, MapPin } from "@/components/map/map-types";
import { createRegionMap, markerIcon } from "@/components/map/region-map";

// Leaflet lives only in components/map and is loaded client-side (offer-map-loader.tsx).

type Props = {
  pins: MapPin[];
  labels: MapLabels;
  hasTiles: boolean;
  /** Where the person last left the map for these pins: restored instead of fitting the map to them. */
  initialView?: { lat: number; lng: number; zoom: number } | null;
  onViewChange?: (view: { lat: number; lng: number; zoom: number }) => void;
  /** Called with a bounding box (west,south,east,north) when the person asks to search the visible area. */
  onSearchArea?: (bbox: string) => void;
  onSearchNear?: (lat: number, lng: number) => void;
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The current offer's marker: another shape and colour than the nearby ones, so it does not rely on colour. */
const currentMarkerIcon = L.divIcon({
  className: "map-marker-current",
  html: '<svg viewBox="0 0 32 44" width="32" height="44" aria-hidden="true"><path d="M16 1C7.7 1 1 7.6 1 15.8 1 27 16 43 16 43s15-16 15-27.2C31 7.6 24.3 1 16 1z" fill="#b3261e" stroke="#fff" stroke-width="2"/><path d="M16 7l2.6 5.6 6 .7-4.5 4.1 1.2 6L16 20.4l-5.3 3 1.2-6-4.5-4.1 6-.7z" fill="#fff"/></svg>',
  iconSize: [32, 44],
  iconAnchor: [16, 43],
  popupAnchor: [0, -38],
});

function popupHtml(pin: MapPin, direction: string): string {
  // The popup's own direction: the map pane stays left-to-right (see below), its texts follow the page.
  return `<div dir="${direction}"><strong><a href="${escapeHtml(pin.url)}">${escapeHtml(pin.title)}</a></strong><br>${escapeHtml(pin.organisationName)}</div>`;
}

export default function OfferMap({
  pins,
  labels,
  hasTiles,
  initialView,
  onViewChange,
  onSearchArea,
  onSearchNear,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markersRef = useRef<Map<string, L.Marker>>(new Map());
  const [hasMoved, setHasMoved] = useState(false);
  const programmaticMove = useRef(false);
  const [geolocationError, setGeolocationError] = useState<string | null>(null);
  const onViewChangeRef = useRef(onViewChange);
  const currentLabel = labels.current;
  // Read when pins are drawn, not a reason to redraw them: the stored view applies to their first drawing.
  const initialViewRef = useRef(initialView);
  useEffect(() => {
    onViewChangeRef.current = onViewChange;
    initialViewRef.current = initialView;
  });

  // The map itself, the borders and the tile layer: once.
  useEffect(() => {
    if (!container.current || mapRef.current) return;
    programmaticMove.current = true;
    const { map, dispose } = createRegionMap(container.current, hasTiles);
    mapRef.current = map;
    // Only moves by the person count; fitting the map to new results moves it too.
    map.on("dragend zoomend", () => {
      if (!programmaticMove.current) setHasMoved(true);
    });
    map.on("moveend", () => {
      programmaticMove.current = false;
      const centre = map.getCenter();
      onViewChangeRef.current?.({ lat: centre.lat, lng: centre.lng, zoom: map.getZoom() });
    });
    return () => {
      mapRef.current = null; // first, so the markers' cleanup below leaves the removed map alone
      dispose();
    };
  }, [hasTiles]);

  // Markers, clustered (in chunks, so 10,000 of them do not block the page); several offers at one address
  // spiderfy. The current offer's marker stays out of the clusters.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const direction = document.documentElement.dir === "rtl" ? "rtl" : "ltr";
    const cluster = L.markerClusterGroup({ showCoverageOnHover: false, spiderfyOnMaxZoom: true, chunkedLoading: true });
    const standalone = L.layerGroup();
    markersRef.current.clear();
    const clustered: L.Marker[] = [];
    for (const pin of pins) {
      const title = pin.isCurrent && currentLabel ? `${currentLabel}: ${pin.title}` : pin.title;
      const marker = L.marker([pin.lat, pin.lng], {
        icon: pin.isCurrent ? currentMarkerIcon : markerIcon,
        title,
        alt: title,
        keyboard: true,
        zIndexOffset: pin.isCurrent ? 1_000 : 0,
        // autoPanPadding keeps the popup off the edges; the pane is left-to-right, so the pan goes the right way.
      }).bindPopup(popupHtml(pin, direction), { autoPanPadding: [24, 24] });
      marker.on("mouseover focus", () => highlightCard(pin.id, true));
      marker.on("mouseout blur", () => highlightCard(pin.id, false));
      markersRef.current.set(pin.id, marker);
      if (pin.isCurrent) standalone.addLayer(marker);
      else clustered.push(marker);
    }
    cluster.addLayers(clustered);
    map.addLayer(cluster);
    map.addLayer(standalone);
    programmaticMove.current = true;
    const initialView = initialViewRef.current;
    if (initialView) map.setView([initialView.lat, initialView.lng], initialView.zoom, { animate: false });
    else if (pins.length > 0) {
      const bounds = L.latLngBounds(pins.map((pin) => [pin.lat, pin.lng]));
      // Not animated: a map removed during an animation throws (`_leaflet_pos` of a removed pane).
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14, animate: false });
    }
    setHasMoved(false);
    return () => {
      if (mapRef.current !== map) return; // the map is gone, and its layers with it
      map.removeLayer(cluster);
      map.removeLayer(standalone);
    };
  }, [pins, currentLabel]);

  // Hovering or focusing a result in the list highlights its marker.
  useEffect(() => {
    const onEnter = (event: Event) => {
      const id = (event.target as HTMLElement).closest?.("[data-offer-id]")?.getAttribute("data-offer-id");
      const marker = id ? markersRef.current.get(id) : undefined;
      marker
        ?.getElement()
        ?.classList.toggle("map-marker--highlighted", event.type === "mouseover" || event.type === "focusin");
    };
    const list = document.querySelector("[data-offer-list]");
    for (const type of ["mouseover", "mouseout", "focusin", "focusout"]) list?.addEventListener(type, onEnter);
    return () => {
      for (const type of ["mouseover", "mouseout", "focusin", "focusout"]) list?.removeEventListener(type, onEnter);
    };
  }, [pins]);

  const searchThisArea = () => {
    const bounds = mapRef.current?.getBounds();
    if (!bounds) return;
    const round = (value: number) => value.toFixed(5);
    onSearchArea?.([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map(round).join(","));
  };

  const nearMe = () => {
    setGeolocationError(null);
    if (!("geolocation" in navigator)) {
      setGeolocationError(labels.nearMeFailed ?? null); // e.g. not offered on plain HTTP
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) =>
        onSearchNear?.(Number(position.coords.latitude.toFixed(5)), Number(position.coords.longitude.toFixed(5))),
      () => setGeolocationError(labels.nearMeFailed ?? null),
      { timeout: 10_000 },
    );
  };

  return (
    <div className="offer-map">
      <div className="offer-map__actions">
        {hasMoved && onSearchArea && (
          <button type="button" className="button button--secondary" onClick={searchThisArea}>
            {labels.searchThisArea}
          </button>
        )}
        {onSearchNear && (
          <button type="button" className="button button--secondary" onClick={nearMe}>
            {labels.nearMe}
          </button>
        )}
      </div>
      {geolocationError && (
        <p role="alert" className="notice">
          {geolocationError}
        </p>
      )}
      {/* Left-to-right inside, on every page: Leaflet positions panes, popups and their auto-pan in
          left-to-right pixels, and in a right-to-left container a popup near an edge panned the map away. */}
      <div ref={container} dir="ltr" className="offer-map__canvas" role="region" aria-label={labels.map} />
    </div>
  );
}

function highlightCard(id: string, isHighlighted: boolean) {
  document.querySelector(`[data-offer-id="${CSS.escape(id)}"]`)?.classList.toggle("card--highlighted", isHighlighted);
}
