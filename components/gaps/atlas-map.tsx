import { CoverageMapLoader } from "@/components/map/coverage-map-loader";
import type { AtlasView } from "@/lib/gaps/atlas";
import { textDirection } from "@/lib/i18n/locales";

type Props = { view: AtlasView; locale: string; svgHref: string; imageLabel: string; legendTitle: string };

/**
 * The choropleth: Leaflet with its legend in a browser; without JavaScript the same map as the server draws it
 * for reports (GET /api/v1/coverage.svg, legend and class breaks inside). The table below has every figure.
 */
export function AtlasMap({ view, locale, svgHref, imageLabel, legendTitle }: Props) {
  const municipalities = view.rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    value: row.per10k,
    offers: row.offers,
    href: row.searchHref,
    classIndex: row.classIndex,
  }));
  return (
    <>
      <CoverageMapLoader
        municipalities={municipalities}
        classes={view.classes}
        legendTitle={legendTitle}
        locale={locale}
        dir={textDirection(locale)}
      />
      <noscript>
        {/* eslint-disable-next-line @next/next/no-img-element -- drawn per request on the server; nothing to optimise */}
        <img className="atlas-map-image" src={svgHref} alt={imageLabel} />
      </noscript>
    </>
  );
}
