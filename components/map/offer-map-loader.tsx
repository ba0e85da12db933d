"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { MapLabels, MapPin } from "@/components/map/map-types";
import type { MapPointsResponse } from "@/lib/search/search-offers";

// Leaflet needs the browser's window: load the map on the client only.
const OfferMap = dynamic(() => import("@/components/map/offer-map"), { ssr: false });

type Props = {
  /** The search's points answer (mapPointsHref): every located match, so the map holds the whole result. */
  pointsUrl: string;
  locale: string;
  labels: MapLabels;
  hasTiles: boolean;
  /** The current search's URL; the map's actions change its area or point and go back to page 1. */
  searchPath: string;
  /** The same search on the full-screen map page, where there is one. */
  fullScreenHref?: string;
};

type View = { lat: number; lng: number; zoom: number };

// The view is kept per points URL for this tab: paging the list (a new page load) leaves the map where it was.
const viewKey = (pointsUrl: string) => `atlas-map-view:${pointsUrl}`;

function readView(pointsUrl: string): View | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(viewKey(pointsUrl)) ?? "null") as View | null;
    return stored && [stored.lat, stored.lng, stored.zoom].every(Number.isFinite) ? stored : null;
  } catch {
    return null; // storage blocked or an old value: fit the map to the points instead
  }
}

type Answer =
  | { status: "failed" }
  | { status: "ready"; pins: MapPin[]; total: number; located: number; capped: boolean; view: View | null };

export function OfferMapLoader({ pointsUrl, locale, labels, hasTiles, searchPath, fullScreenHref }: Props) {
  const t = useTranslations("Map");
  const router = useRouter();
  // The answer remembers its URL: a new search shows "loading" until its own answer arrives.
  const [answer, setAnswer] = useState<{ url: string } & Answer>();
  const state: Answer | { status: "loading" } = answer?.url === pointsUrl ? answer : { status: "loading" };

  useEffect(() => {
    const controller = new AbortController();
    fetch(pointsUrl, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const points = (await response.json()) as MapPointsResponse;
        const pins = points.points.map(([lat, lng, slug, title, organisation]) => ({
          id: slug,
          lat,
          lng,
          title,
          organisationName: points.organisations[organisation] ?? "",
          url: `/${locale}/angebote/${slug}`,
        }));
        setAnswer({
          url: pointsUrl,
          status: "ready",
          pins,
          total: points.total,
          located: points.located,
          capped: points.capped,
          view: readView(pointsUrl),
        });
      })
      .catch(() => {
        if (!controller.signal.aborted) setAnswer({ url: pointsUrl, status: "failed" });
      });
    return () => controller.abort();
  }, [pointsUrl, locale]);

  const navigate = (change: (params: URLSearchParams) => void) => {
    const url = new URL(searchPath, window.location.origin);
    change(url.searchParams);
    url.searchParams.delete("page");
    router.push(`${url.pathname}?${url.searchParams.toString()}`);
  };
  const rememberView = (view: View) => {
    // Only a view of these points: the map's first view, before they arrive, would replace fitting them.
    if (state.status !== "ready") return;
    try {
      sessionStorage.setItem(viewKey(pointsUrl), JSON.stringify(view));
    } catch {
      // storage blocked: the map is fitted to the points on the next page
    }
  };

  return (
    <>
      <p className="meta" aria-live="polite" data-map-status>
        {state.status === "loading" && t("loading")}
        {state.status === "failed" && t("failed")}
        {state.status === "ready" &&
          (state.capped
            ? t("capped", { located: state.located, total: state.total })
            : t("onMap", { located: state.located, total: state.total }))}
      </p>
      {fullScreenHref && (
        <p>
          <a href={fullScreenHref}>{t("fullScreen")}</a>
        </p>
      )}
      <OfferMap
        pins={state.status === "ready" ? state.pins : noPins}
        initialView={state.status === "ready" ? state.view : null}
        onViewChange={rememberView}
        labels={labels}
        hasTiles={hasTiles}
        onSearchArea={(bbox) =>
          navigate((params) => {
            params.set("bbox", bbox);
            params.delete("near"); // an area replaces a point, or both would have to hold at once
            params.delete("radius");
            if (params.get("sort") === "distance") params.delete("sort");
          })
        }
        onSearchNear={(lat, lng) =>
          navigate((params) => {
            params.set("near", `${lat},${lng}`);
            params.set("sort", "distance");
            params.delete("bbox");
            params.delete("radius");
          })
        }
      />
    </>
  );
}

const noPins: MapPin[] = [];
