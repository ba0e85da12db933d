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
  /** Called with a bounding box (west,south,east,north) when the person asks to search the visible area. */
  onSearchArea?: (bbox: string) => void;
  onSearchNear?: (lat: number, lng: number) => void;
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export default function OfferMap({ pins, labels, hasTiles, onSearchArea, onSearchNear }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markersRef = useRef<Map<string, L.Marker>>(new Map());
  const [hasMoved, setHasMoved] = useState(false);
  const programmaticMove = useRef(false);
  const [geolocationError, setGeolocationError] = useState<string | null>(null);

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
    });
    return () => {
      dispose();
      mapRef.current = null;
    };
  }, [hasTiles]);

  // Markers for the current results, clustered; several offers at one address spiderfy.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const cluster = L.markerClusterGroup({ showCoverageOnHover: false, spiderfyOnMaxZoom: true });
    markersRef.current.clear();
    for (const pin of pins) {
      const marker = L.marker([pin.lat, pin.lng], {
        icon: markerIcon,
        title: pin.title,
        alt: pin.title,
        keyboard: true,
      });
      marker.bindPopup(
        `<strong><a href="${escapeHtml(pin.url)}">${escapeHtml(pin.title)}</a></strong><br>${escapeHtml(pin.organisationName)}`,
      );
      marker.on("mouseover focus", () => highlightCard(pin.id, true));
      marker.on("mouseout blur", () => highlightCard(pin.id, false));
      markersRef.current.set(pin.id, marker);
      cluster.addLayer(marker);
    }
    map.addLayer(cluster);
    if (pins.length > 0) {
      programmaticMove.current = true;
      map.fitBounds(cluster.getBounds(), { padding: [24, 24], maxZoom: 14 });
    }
    setHasMoved(false);
    return () => {
      map.removeLayer(cluster);
    };
  }, [pins]);

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
      <div ref={container} className="offer-map__canvas" role="region" aria-label={labels.map} />
    </div>
  );
}

function highlightCard(id: string, isHighlighted: boolean) {
  document.querySelector(`[data-offer-id="${CSS.escape(id)}"]`)?.classList.toggle("card--highlighted", isHighlighted);
}
