"use client";

import dynamic from "next/dynamic";
import type { MapLabels, MapPin } from "@/components/map/map-types";

const OfferMap = dynamic(() => import("@/components/map/offer-map"), { ssr: false });

/** A small map of one offer (and others nearby), without the search actions of the results page. */
export function OfferLocationMap({ pins, labels, hasTiles }: { pins: MapPin[]; labels: MapLabels; hasTiles: boolean }) {
  return <OfferMap pins={pins} labels={labels} hasTiles={hasTiles} />;
}
