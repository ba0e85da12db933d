"use client";

import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";
import { createRegionMap, markerIcon } from "@/components/map/region-map";

type Props = {
  point: { lat: number; lng: number } | null;
  onChange: (point: { lat: number; lng: number }) => void;
  label: string;
  markerLabel: string;
  hasTiles: boolean;
};

const round = (value: number) => Math.round(value * 1e6) / 1e6; // ≈ 0.1 m, more than any address needs

/** Click on the map or drag the marker to set a place. The coordinate fields next to it are the keyboard path. */
export default function LocationPickerMap({ point, onChange, label, markerLabel, hasTiles }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markerRef = useRef<L.Marker | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!container.current) return;
    const { map, dispose } = createRegionMap(container.current, hasTiles);
    mapRef.current = map;
    map.on("click", (event: L.LeafletMouseEvent) =>
      onChangeRef.current({ lat: round(event.latlng.lat), lng: round(event.latlng.lng) }),
    );
    return () => {
      dispose();
      mapRef.current = null;
      markerRef.current = null;
    };
  }, [hasTiles]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (!point) {
      markerRef.current?.remove();
      markerRef.current = null;
      return;
    }
    if (!markerRef.current) {
      markerRef.current = L.marker([point.lat, point.lng], {
        icon: markerIcon,
        draggable: true,
        keyboard: true,
        title: markerLabel,
        alt: markerLabel,
      }).addTo(map);
      markerRef.current.on("dragend", () => {
        const position = markerRef.current!.getLatLng();
        onChangeRef.current({ lat: round(position.lat), lng: round(position.lng) });
      });
      map.setView([point.lat, point.lng], Math.max(map.getZoom(), 14));
    } else {
      markerRef.current.setLatLng([point.lat, point.lng]);
      if (!map.getBounds().contains([point.lat, point.lng])) map.panTo([point.lat, point.lng]);
    }
  }, [point, markerLabel]);

  return <div ref={container} className="location-picker__map" role="application" aria-label={label} />;
}
