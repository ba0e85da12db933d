"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import type { MapLabels, MapPin } from "@/components/map/map-types";

// Leaflet needs the browser's window: load the map on the client only.
const OfferMap = dynamic(() => import("@/components/map/offer-map"), { ssr: false });

type Props = {
  pins: MapPin[];
  labels: MapLabels;
  hasTiles: boolean;
  /** The current search's URL; the map's actions change its area or point and go back to page 1. */
  searchPath: string;
};

export function OfferMapLoader({ pins, labels, hasTiles, searchPath }: Props) {
  const router = useRouter();
  const navigate = (change: (params: URLSearchParams) => void) => {
    const url = new URL(searchPath, window.location.origin);
    change(url.searchParams);
    url.searchParams.delete("page");
    router.push(`${url.pathname}?${url.searchParams.toString()}`);
  };
  return (
    <OfferMap
      pins={pins}
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
  );
}
