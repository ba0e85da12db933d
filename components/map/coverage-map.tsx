"use client";

import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { createRegionMap } from "@/components/map/region-map";
import {
  classColour,
  classRangeLabel,
  DARK_TEXT,
  HATCH_COLOUR,
  NO_DATA_CLASS,
  ZERO_COLOUR,
  type CoverageClass,
} from "@/lib/gaps/coverage-classes";

// The gap atlas's choropleth (loaded client-side by coverage-map-loader.tsx). It starts from the county map
// (region-map.ts) without tiles: the fills are opaque so their colours match the legend, and tiles under them
// would only show at the county's edge. The county map's own names (at the town centres, with a white halo)
// stay on top, so every fill carries its name. Each municipality is a link to the search for it: click, or Tab
// to it and press Enter. The page's table holds the same links, so nobody needs the map.

export type CoverageMapMunicipality = {
  slug: string;
  name: string;
  value: number | null;
  offers: number;
  /** The search for this municipality with the atlas's filters. */
  href: string;
  classIndex: number;
  /** Tooltip and accessible name: name, value and offers in words. */
  description: string;
};

export type CoverageMapLabels = {
  /** The map's accessible name. */
  map: string;
  /** The zero class's legend entry, e.g. "0 = kein Angebot". */
  zero: string;
  noData: string;
  legendNote: string;
  /** Appended to each municipality's accessible name: where the link leads. */
  openSearch: string;
  failed: string;
};

type Props = {
  municipalities: CoverageMapMunicipality[];
  classes: CoverageClass[];
  legendTitle: string;
  labels: CoverageMapLabels;
  locale: string;
  dir: "ltr" | "rtl";
};

type MunicipalityFeature = GeoJSON.Feature<GeoJSON.Polygon, { kind: string; slug?: string }>;

/** The municipal polygons of /api/v1/region/borders (the county map fetches the same, cached, answer). */
async function fetchMunicipalities(signal: AbortSignal): Promise<MunicipalityFeature[]> {
  const response = await fetch("/api/v1/region/borders", { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const borders = (await response.json()) as GeoJSON.FeatureCollection<GeoJSON.Polygon, { kind: string }>;
  return borders.features.filter((feature) => feature.properties.kind === "municipality");
}

const BASE_STYLE = {
  color: "#ffffff",
  weight: 2,
  opacity: 1,
  fillOpacity: 1,
  className: "coverage-map__municipality",
} satisfies L.PathOptions;
const HIGHLIGHT_STYLE = { color: DARK_TEXT, weight: 4 } satisfies L.PathOptions;

/** A class's fill: its colour, or the hatch pattern for the zero class. */
function fillFor(index: number, classes: readonly CoverageClass[], hatchId: string): string {
  return classes.find((c) => c.index === index)?.isHatched ? `url(#${hatchId})` : classColour(index, classes);
}

export default function CoverageMap({ municipalities, classes, legendTitle, labels, locale, dir }: Props) {
  const router = useRouter();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const [features, setFeatures] = useState<MunicipalityFeature[] | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  // A pattern id usable in url(#…): useId's characters are not all allowed there.
  const hatchId = `coverage-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;

  useEffect(() => {
    if (!container.current || mapRef.current) return;
    const { map, dispose } = createRegionMap(container.current, false);
    // Over the county map's borders (overlay pane, 400), under its names (450).
    map.createPane("coverage").style.zIndex = "420";
    mapRef.current = map;
    const controller = new AbortController();
    fetchMunicipalities(controller.signal)
      .then(setFeatures)
      .catch(() => {
        if (!controller.signal.aborted) setHasFailed(true);
      });
    return () => {
      controller.abort();
      mapRef.current = null;
      dispose();
    };
  }, []);

  // The fills, drawn again when the figures change; each polygon is a keyboard-reachable link.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !features) return;
    const bySlug = new Map(municipalities.map((m) => [m.slug, m]));
    const collection: GeoJSON.FeatureCollection<GeoJSON.Polygon, MunicipalityFeature["properties"]> = {
      type: "FeatureCollection",
      features: features.filter((f) => bySlug.has(f.properties.slug ?? "")),
    };
    const layer = L.geoJSON(collection, {
      pane: "coverage",
      style: (feature) => {
        const classIndex = bySlug.get((feature as MunicipalityFeature | undefined)?.properties.slug ?? "")?.classIndex;
        return { ...BASE_STYLE, fillColor: fillFor(classIndex ?? NO_DATA_CLASS, classes, hatchId) };
      },
      onEachFeature: (feature: MunicipalityFeature, path) => {
        const municipality = bySlug.get(feature.properties.slug ?? "")!;
        linkMunicipality(path as L.Polygon, municipality, labels.openSearch, dir, () => router.push(municipality.href));
      },
    }).addTo(map);
    // A thin dark line on the white one, as in the SVG: a border shows on the lightest fill and the darkest.
    const lines = L.geoJSON(collection, {
      pane: "coverage",
      interactive: false,
      style: { color: DARK_TEXT, weight: 0.8, opacity: 1, fill: false },
    }).addTo(map);
    map.fitBounds(layer.getBounds(), { padding: [12, 12], animate: false });
    return () => {
      if (mapRef.current !== map) return; // the map is gone, and its layers with it
      map.removeLayer(layer);
      map.removeLayer(lines);
    };
  }, [features, municipalities, classes, hatchId, labels.openSearch, dir, router]);

  const entries = [
    ...classes.map((c) => ({ index: c.index, label: c.index === 0 ? labels.zero : classRangeLabel(c, locale) })),
    ...(municipalities.some((m) => m.classIndex === NO_DATA_CLASS)
      ? [{ index: NO_DATA_CLASS, label: labels.noData }]
      : []),
  ];

  return (
    <div className="coverage-map">
      {/* The hatch of the zero class, for the map's paths and the legend's swatch. Not display:none: browsers
          do not paint patterns from a hidden SVG. */}
      <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: "absolute" }}>
        <defs>
          <pattern id={hatchId} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={ZERO_COLOUR} />
            <line x1="0" y1="0" x2="0" y2="6" stroke={HATCH_COLOUR} strokeWidth="1.5" />
          </pattern>
        </defs>
      </svg>
      {hasFailed && (
        <p role="alert" className="notice">
          {labels.failed}
        </p>
      )}
      {/* Left-to-right inside on every page, as offer-map.tsx explains; the legend follows the page. */}
      <div
        ref={container}
        dir="ltr"
        className="offer-map__canvas coverage-map__canvas"
        role="region"
        aria-label={labels.map}
      />
      <div className="coverage-map__legend" dir={dir}>
        <p>
          <strong>{legendTitle}</strong>
        </p>
        <ul
          style={{
            listStyle: "none",
            padding: 0,
            margin: 0,
            display: "flex",
            flexWrap: "wrap",
            gap: "0.25rem 1.25rem",
          }}
        >
          {entries.map((entry) => (
            <li
              key={entry.index}
              data-legend-class={entry.index}
              style={{ display: "flex", alignItems: "center", gap: "0.5rem" }}
            >
              <svg width="24" height="16" aria-hidden="true" focusable="false">
                <rect
                  x="0.5"
                  y="0.5"
                  width="23"
                  height="15"
                  fill={fillFor(entry.index, classes, hatchId)}
                  stroke={DARK_TEXT}
                />
              </svg>
              <span>{entry.label}</span>
            </li>
          ))}
        </ul>
        <p className="meta">{labels.legendNote}</p>
      </div>
    </div>
  );
}

/**
 * Makes a municipality's polygon a link: focusable, named for screen readers, opened with a click or Enter, and
 * highlighted with its tooltip while pointed at or focused. Tab order is the table's; the map traps nothing.
 */
function linkMunicipality(
  path: L.Polygon,
  municipality: CoverageMapMunicipality,
  openSearch: string,
  dir: "ltr" | "rtl",
  open: () => void,
) {
  const tooltip = document.createElement("div");
  tooltip.dir = dir;
  tooltip.textContent = municipality.description;
  path.bindTooltip(tooltip, { sticky: true, direction: "top" });
  // No bringToFront: it moves the path to the end of the SVG, which would change the Tab order (and blur it).
  const highlight = (isOn: boolean) => path.setStyle(isOn ? HIGHLIGHT_STYLE : BASE_STYLE);
  path.on({ click: open, mouseover: () => highlight(true), mouseout: () => highlight(false) });
  path.on("add", () => {
    const element = path.getElement() as SVGPathElement | undefined;
    if (!element) return;
    element.setAttribute("tabindex", "0");
    element.setAttribute("role", "link");
    element.setAttribute("aria-label", `${municipality.description} – ${openSearch}`);
    element.dataset.slug = municipality.slug;
    element.addEventListener("keydown", (event) => {
      if (event.key === "Enter") open();
    });
    element.addEventListener("focus", () => {
      highlight(true);
      path.openTooltip(path.getBounds().getCenter());
    });
    element.addEventListener("blur", () => {
      highlight(false);
      path.closeTooltip();
    });
  });
}
