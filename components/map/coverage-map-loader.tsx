"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { CoverageMapLabels } from "@/components/map/coverage-map";
import type { CoverageClass } from "@/lib/gaps/coverage-classes";

// Leaflet needs the browser's window: load the map on the client only. Without JavaScript the atlas page shows
// its table and the SVG picture (GET /api/v1/coverage.svg) instead.
const CoverageMap = dynamic(() => import("@/components/map/coverage-map"), { ssr: false });

type Props = {
  municipalities: {
    slug: string;
    name: string;
    value: number | null;
    offers: number;
    href: string;
    classIndex: number;
  }[];
  /** From classifyCoverage (lib/gaps/coverage-classes.ts), as the table's colours. */
  classes: CoverageClass[];
  /** What is mapped, e.g. "Angebote je 10.000 Einwohnerinnen und Einwohner – Thema: Arbeit". */
  legendTitle: string;
  locale: string;
  dir: "ltr" | "rtl";
  /** Texts of the AtlasMap messages to replace, e.g. a page's own accessible name for the map. */
  labels?: Partial<CoverageMapLabels>;
};

/** The atlas's choropleth with its legend; each municipality links to its search (`href`). */
export function CoverageMapLoader({ municipalities, classes, legendTitle, locale, dir, labels }: Props) {
  const t = useTranslations("AtlasMap");
  const number = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }), [locale]);
  const described = useMemo(
    () =>
      municipalities.map((m) => ({
        ...m,
        description:
          m.value === null
            ? t("municipalityNoData", { name: m.name, offers: m.offers })
            : t("municipality", { name: m.name, value: number.format(m.value), offers: m.offers }),
      })),
    [municipalities, number, t],
  );
  const allLabels = useMemo(
    (): CoverageMapLabels => ({
      map: t("map"),
      zero: t("zero", { zero: number.format(0) }),
      noData: t("noData"),
      legendNote: t("legendNote"),
      openSearch: t("openSearch"),
      failed: t("failed"),
      ...labels,
    }),
    [labels, number, t],
  );
  return (
    <CoverageMap
      municipalities={described}
      classes={classes}
      legendTitle={legendTitle}
      labels={allLabels}
      locale={locale}
      dir={dir}
    />
  );
}
