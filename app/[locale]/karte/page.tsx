import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferMapLoader } from "@/components/map/offer-map-loader";
import { SearchInput } from "@/components/search-input";
import { env } from "@/lib/env";
import { postcodeCentres } from "@/lib/map/region-borders";
import { getRegion } from "@/lib/region/region";
import { readSearchPageRequest } from "@/lib/search/search-request";
import { mapHref, mapPointsHref, searchHref, toSearchParams } from "@/lib/search/search-url";
import type { SearchParams } from "@/lib/validation/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Map" });
  return { title: t("title") };
}

/** The whole result on a map as large as the screen: the same search as the list, linked both ways. */
export default async function MapPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Map");
  const tSearch = await getTranslations("Search");
  const tHome = await getTranslations("Home");
  const { request, invalid } = readSearchPageRequest(await searchParams, locale, postcodeCentres(getRegion()));
  // The filters ride along as hidden fields, so a new text keeps them (as on the results page).
  const kept = [...toSearchParams({ ...request, text: "", page: 1, sort: "relevance" }).entries()];

  return (
    <div className="map-page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <form role="search" method="get" action={`/${locale}/karte`} className="search-form">
        <div className="search-form__field">
          <SearchInput
            id="map-query"
            label={tHome("searchLabel")}
            suggestionsLabel={tSearch("suggestions")}
            locale={locale}
            defaultValue={request.text}
          />
        </div>
        {kept.map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" className="button">
          {tHome("searchButton")}
        </button>
      </form>
      {invalid.length > 0 && (
        <p role="alert" className="notice">
          {tSearch("invalidParameters", { parameters: invalid.join(", ") })}
        </p>
      )}
      <p>
        <a href={searchHref(locale, request)}>{t("toList")}</a>
      </p>
      <noscript>
        <p className="notice">{t("noScript")}</p>
      </noscript>
      <OfferMapLoader
        pointsUrl={mapPointsHref(request)}
        locale={locale}
        labels={{
          map: tSearch("map"),
          searchThisArea: tSearch("searchThisArea"),
          nearMe: tSearch("nearMe"),
          nearMeFailed: tSearch("nearMeFailed"),
        }}
        hasTiles={Boolean(env.NEXT_PUBLIC_TILE_URL)}
        searchPath={mapHref(locale, request)}
      />
    </div>
  );
}
