import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { languageName } from "@/lib/i18n/language-names";
import { localizedName } from "@/lib/i18n/localized-name";
import { OfferMapLoader } from "@/components/map/offer-map-loader";
import { SearchInput } from "@/components/search-input";
import { env } from "@/lib/env";
import { countResultsPageSearch } from "@/lib/gaps/unmet-searches";
import { postcodeCentres } from "@/lib/map/region-borders";
import { neighboursOf } from "@/lib/region/neighbours";
import { getRegion } from "@/lib/region/region";
import type { FacetName } from "@/lib/search/offer-search-index";
import { searchCsvHref } from "@/lib/search/search-csv";
import { searchOffers, type SearchResponse } from "@/lib/search/search-offers";
import { readSearchPageRequest } from "@/lib/search/search-request";
import {
  activeFilterCount,
  mapHref,
  mapPointsHref,
  searchHref,
  toSearchParams,
  withoutPlace,
} from "@/lib/search/search-url";
import { synonymSuggestions } from "@/lib/search/text-analysis";
import type { SearchParams } from "@/lib/validation/page-params";
import { AutoSubmit } from "./_components/auto-submit";
import { FacetFilters, type FacetOption } from "./_components/facet-filters";
import { ActiveFilters } from "./_components/active-filters";
import { FilterDisclosure } from "./_components/filter-disclosure";
import { ViewSwitch } from "./_components/view-switch";
import { NoResults } from "./_components/no-results";
import { SearchHitCard } from "./_components/search-hit-card";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const FORM_ID = "search-form";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Search" });
  return { title: t("title") };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Search");
  const tHome = await getTranslations("Home");
  const tOffers = await getTranslations("Offers");
  const region = getRegion();
  const query = await searchParams;
  const { request, invalid, unknownPostcode } = readSearchPageRequest(query, locale, postcodeCentres(region));
  // A known postcode became a point: continue on the canonical URL, so it can be shared and bookmarked.
  if (query.postcode !== undefined && !unknownPostcode && invalid.length === 0)
    redirect(searchHref(request.locale, request));

  let response: SearchResponse | null = null;
  try {
    response = await searchOffers(request);
    await countResultsPageSearch(request, response.total, await headers());
  } catch (error) {
    console.error("Search failed:", error);
  }

  const municipalityNames = new Map(region.municipalities.map((m) => [m.slug, m.name]));
  const options: Record<FacetName, FacetOption[]> = {
    municipality: [...region.municipalities]
      .sort((a, b) => a.name.localeCompare(b.name, "de"))
      .map((m) => ({ value: m.slug, label: m.name })),
    topic: region.topics.map((topic) => ({ value: topic.slug, label: localizedName(topic.names, locale) })),
    language: Object.entries(response?.facets.language ?? {})
      .sort(([, a], [, b]) => b - a)
      .map(([code]) => code)
      .concat(request.filters.language)
      .filter((code, index, all) => all.indexOf(code) === index)
      .map((code) => {
        const { name, endonym } = languageName(code, locale);
        return { value: code, label: name, ...(endonym !== name ? { endonym } : {}) };
      }),
    audience: region.audiences.map((audience) => ({
      value: audience.slug,
      label: localizedName(audience.names, locale),
    })),
  };
  const stateKey = toSearchParams(request).toString();
  const pageCount = response ? Math.max(1, Math.ceil(response.total / request.perPage)) : 1;
  const neighbours = request.filters.municipality
    .flatMap((slug) => neighboursOf(region, slug))
    .filter((slug) => !request.filters.municipality.includes(slug));

  return (
    <>
      <h1>{request.text ? t("titleFor", { query: request.text }) : t("title")}</h1>
      <AutoSubmit formId={FORM_ID} />
      {/* Keyed by the search, so a client-side navigation (map actions) resets the uncontrolled inputs. */}
      <form
        key={stateKey}
        id={FORM_ID}
        role="search"
        method="get"
        action={`/${locale}/angebote`}
        className="search-form"
      >
        <div className="search-form__field">
          <SearchInput
            id="search-query"
            label={tHome("searchLabel")}
            suggestionsLabel={t("suggestions")}
            locale={locale}
            defaultValue={request.text}
          />
        </div>
        {request.filters.near && (
          <>
            <input type="hidden" name="near" value={`${request.filters.near.lat},${request.filters.near.lng}`} />
            <input type="hidden" name="radius" value={request.filters.near.radiusKm} />
          </>
        )}
        {request.filters.bbox && (
          <input
            type="hidden"
            name="bbox"
            value={[
              request.filters.bbox.west,
              request.filters.bbox.south,
              request.filters.bbox.east,
              request.filters.bbox.north,
            ].join(",")}
          />
        )}
        <div className="search-form__field search-form__field--narrow">
          <label htmlFor="search-sort">{t("sort")}</label>
          <select id="search-sort" name="sort" defaultValue={request.sort}>
            <option value="relevance">{t("sortRelevance")}</option>
            {request.filters.near && <option value="distance">{t("sortDistance")}</option>}
            <option value="updated">{t("sortUpdated")}</option>
          </select>
        </div>
        <button type="submit" className="button">
          {tHome("searchButton")}
        </button>
      </form>

      {unknownPostcode && (
        <p role="alert" className="notice">
          {t("postcodeUnknown", { postcode: unknownPostcode, region: region.name })}
        </p>
      )}
      {invalid.length > 0 && (
        <p role="alert" className="notice">
          {t("invalidParameters", { parameters: invalid.join(", ") })}
        </p>
      )}

      {/* On a phone: the count, then "Filter (n)" folded, then the results (list first, map after it); on a wide
          screen the filters stand beside them. The grid areas are in globals.css. */}
      <div key={`layout-${stateKey}`} className="search-layout">
        <div className="search-layout__summary">
          {response ? (
            <>
              <p role="status">{t("resultCount", { count: response.total })}</p>
              {response.total > 0 && (
                <p>
                  <a href={searchCsvHref(request)} download>
                    {t("downloadCsv")}
                  </a>
                </p>
              )}
            </>
          ) : (
            <p role="alert" className="notice">
              {t("searchUnavailable")}
            </p>
          )}
          <ActiveFilters request={request} locale={locale} options={options} />
        </div>

        <FilterDisclosure summary={t("filters")} count={activeFilterCount(request)}>
          {response && <FacetFilters formId={FORM_ID} request={request} counts={response.facets} options={options} />}
          <button type="submit" form={FORM_ID} className="button">
            {t("apply")}
          </button>
        </FilterDisclosure>

        <section aria-labelledby="results-heading" className="search-layout__results">
          <h2 id="results-heading" className="visually-hidden">
            {t("title")}
          </h2>
          {response && (
            <>
              <ViewSwitch label={t("view")} listLabel={t("viewList")} mapLabel={t("viewMap")} />
              <div className="results-with-map">
                <div id="results-list">
                  {response.total === 0 ? (
                    <NoResults
                      request={request}
                      locale={locale}
                      neighbours={neighbours.map((slug) => ({ slug, name: municipalityNames.get(slug) ?? slug }))}
                      synonyms={synonymSuggestions(request.text)}
                    />
                  ) : (
                    <ul className="card-grid card-grid--list" data-offer-list>
                      {response.hits.map((hit) => (
                        <li key={hit.id}>
                          <SearchHitCard hit={hit} municipalityNames={municipalityNames} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {pageCount > 1 && (
                    <nav className="pagination" aria-label={tOffers("pagination")}>
                      {request.page > 1 && (
                        <a href={searchHref(locale, { ...request, page: request.page - 1 })}>
                          {tOffers("previousPage")}
                        </a>
                      )}
                      <span>{tOffers("pageOf", { page: request.page, pageCount })}</span>
                      {request.page < pageCount && (
                        <a href={searchHref(locale, { ...request, page: request.page + 1 })}>{tOffers("nextPage")}</a>
                      )}
                    </nav>
                  )}
                </div>
                <aside id="results-map" aria-labelledby="map-heading" className="results-map">
                  <h3 id="map-heading" className="visually-hidden">
                    {t("map")}
                  </h3>
                  <OfferMapLoader
                    pointsUrl={mapPointsHref(request)}
                    locale={locale}
                    labels={{
                      map: t("map"),
                      searchThisArea: t("searchThisArea"),
                      nearMe: t("nearMe"),
                      nearMeFailed: t("nearMeFailed"),
                    }}
                    hasTiles={Boolean(env.NEXT_PUBLIC_TILE_URL)}
                    searchPath={searchHref(locale, request)}
                    fullScreenHref={mapHref(locale, request)}
                  />
                  <form method="get" action={`/${locale}/angebote`} className="postcode-form">
                    {[...toSearchParams(withoutPlace(request)).entries()].map(([name, value], index) => (
                      <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
                    ))}
                    <label htmlFor="search-postcode">{t("postcode")}</label>
                    <input
                      id="search-postcode"
                      type="text"
                      name="postcode"
                      inputMode="numeric"
                      pattern="[0-9]{5}"
                      maxLength={5}
                      autoComplete="postal-code"
                    />
                    <button type="submit" className="button button--secondary">
                      {t("postcodeButton")}
                    </button>
                  </form>
                  <p className="meta">{t("mapHint")}</p>
                </aside>
              </div>
            </>
          )}
        </section>
      </div>
    </>
  );
}
