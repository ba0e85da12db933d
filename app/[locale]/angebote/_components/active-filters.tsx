import { getTranslations } from "next-intl/server";
import { facetNames, type FacetName } from "@/lib/search/offer-search-index";
import type { SearchRequest } from "@/lib/search/search-request";
import { searchHref, withoutAllFilters, withoutFilter } from "@/lib/search/search-url";
import type { FacetOption } from "./facet-filters";

type Props = { request: SearchRequest; locale: string; options: Record<FacetName, FacetOption[]> };

/** One removable chip per active filter, and "clear all": plain links, so they work without JavaScript. */
export async function ActiveFilters({ request, locale, options }: Props) {
  const t = await getTranslations("Search");
  const labelOf = (facet: FacetName, value: string) =>
    options[facet].find((option) => option.value === value)?.label ?? value;

  const chips = [
    ...facetNames.flatMap((facet) =>
      request.filters[facet].map((value) => ({
        key: `${facet}-${value}`,
        label: labelOf(facet, value),
        href: searchHref(locale, withoutFilter(request, facet, value)),
      })),
    ),
    ...(request.filters.isFree
      ? [{ key: "free", label: t("free"), href: searchHref(locale, withoutFilter(request, "free")) }]
      : []),
    ...(request.filters.near
      ? [
          {
            key: "near",
            label: t("nearFilter", { radius: request.filters.near.radiusKm }),
            href: searchHref(locale, withoutFilter(request, "near")),
          },
        ]
      : []),
    ...(request.filters.bbox
      ? [{ key: "bbox", label: t("areaFilter"), href: searchHref(locale, withoutFilter(request, "bbox")) }]
      : []),
  ];

  if (chips.length === 0) return null;
  return (
    <nav aria-label={t("activeFilters")}>
      <ul className="badges">
        {chips.map((chip) => (
          <li key={chip.key}>
            <a className="chip" href={chip.href} aria-label={t("removeFilter", { name: chip.label })}>
              {chip.label} <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
        <li>
          <a href={searchHref(locale, withoutAllFilters(request))}>{t("clearAll")}</a>
        </li>
      </ul>
    </nav>
  );
}
