import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AtlasSection } from "@/components/gaps/atlas-section";
import { SurveyResults } from "@/components/gaps/survey-results";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { getActor } from "@/lib/auth/session";
import { atlasHref, AtlasSortSchema, loadAtlas, type AtlasRow, type AtlasView } from "@/lib/gaps/atlas";
import type { CoverageFigure } from "@/lib/gaps/coverage";
import { filtersInWords } from "@/lib/gaps/filters-in-words";
import { FEW_RESULTS, K_ANONYMITY } from "@/lib/gaps/unmet-searches";
import { languageName } from "@/lib/i18n/language-names";
import { localizedName } from "@/lib/i18n/localized-name";
import { getRegion } from "@/lib/region/region";
import { readSearchPageRequest } from "@/lib/search/search-request";
import { surveyResultsForAtlas } from "@/lib/surveys/atlas-results";
import type { SearchParams } from "@/lib/validation/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Atlas" });
  return { title: t("title") };
}

/** Municipalities × topics (or languages): every cell the offers and per-10k figure, a gap named in words. */
async function CoverageMatrix({
  id,
  heading,
  caption,
  view,
  columns,
  cellOf,
}: {
  id: string;
  heading: string;
  caption: string;
  view: AtlasView;
  columns: { key: string; label: string }[];
  cellOf: (row: AtlasRow, key: string) => CoverageFigure | undefined;
}) {
  const t = await getTranslations("Atlas");
  const format = await getFormatter();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ScrollRegion label={heading}>
        <table className="data-table atlas-matrix">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("municipality")}</th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className="numeric">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.slug}>
                <th scope="row">{row.name}</th>
                {columns.map((column) => {
                  const cell = cellOf(row, column.key) ?? { offers: 0, per10k: 0 };
                  return (
                    <td key={column.key} className="numeric">
                      {t("figure", {
                        offers: format.number(cell.offers),
                        per10k:
                          cell.per10k === null
                            ? t("noFigure")
                            : format.number(cell.per10k, { maximumFractionDigits: 2 }),
                      })}
                      {cell.offers === 0 && <span className="badge badge--alert">{t("gap")}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

export default async function AtlasPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Atlas");
  const format = await getFormatter();
  const region = getRegion();
  const query = await searchParams;
  const sort = AtlasSortSchema.parse({ by: query.by, order: query.order });
  const { request, invalid } = readSearchPageRequest(
    { ...query, by: undefined, order: undefined, municipality: undefined },
    locale,
    {},
  );
  const actor = await getActor();
  let view: AtlasView | null = null;
  try {
    view = await loadAtlas(request, actor, sort);
  } catch (error) {
    console.error("Atlas failed:", error);
  }
  const survey = await surveyResultsForAtlas(actor);
  const words = filtersInWords(
    {
      text: request.text,
      topic: request.filters.topic,
      language: request.filters.language,
      audience: request.filters.audience,
      free: request.filters.isFree,
    },
    region,
    locale,
  );
  const what = words.length > 0 ? words.join(", ") : t("allOffers");
  const topicName = (slug: string) =>
    localizedName(region.topics.find((topic) => topic.slug === slug)?.names ?? { de: slug }, locale);
  const municipalityName = (slug: string) =>
    slug ? (region.municipalities.find((m) => m.slug === slug)?.name ?? slug) : t("wholeCounty");
  const languages = view ? Object.keys(view.coverage.totals.languages) : [];
  const chosen = (values: string[]) => (values.length === 1 ? values[0] : "");
  const sources = [...new Set(region.municipalities.map((m) => m.populationSource))].join("; ");

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>

      <form method="get" action={`/${locale}/atlas`} className="atlas-filters">
        <fieldset>
          <legend>{t("filtersLegend")}</legend>
          <p>
            <label htmlFor="atlas-topic">{t("topic")}</label>
            <select id="atlas-topic" name="topic" defaultValue={chosen(request.filters.topic)}>
              <option value="">{t("allTopics")}</option>
              {region.topics.map((topic) => (
                <option key={topic.slug} value={topic.slug}>
                  {localizedName(topic.names, locale)}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="atlas-language">{t("language")}</label>
            <select id="atlas-language" name="language" defaultValue={chosen(request.filters.language)}>
              <option value="">{t("anyLanguage")}</option>
              {region.serviceLanguages.map((code) => {
                const { name, endonym } = languageName(code, locale);
                return (
                  <option key={code} value={code}>
                    {endonym !== name ? `${name} – ${endonym}` : name}
                  </option>
                );
              })}
            </select>
          </p>
          <p>
            <label htmlFor="atlas-audience">{t("audience")}</label>
            <select id="atlas-audience" name="audience" defaultValue={chosen(request.filters.audience)}>
              <option value="">{t("anyAudience")}</option>
              {region.audiences.map((audience) => (
                <option key={audience.slug} value={audience.slug}>
                  {localizedName(audience.names, locale)}
                </option>
              ))}
            </select>
          </p>
          <p>
            <input type="checkbox" id="atlas-free" name="free" value="true" defaultChecked={request.filters.isFree} />
            <label htmlFor="atlas-free">{t("free")}</label>
          </p>
          {sort.by !== "per10k" || sort.order !== "asc" ? (
            <>
              <input type="hidden" name="by" value={sort.by} />
              <input type="hidden" name="order" value={sort.order} />
            </>
          ) : null}
          <button type="submit" className="button">
            {t("show")}
          </button>
        </fieldset>
      </form>
      {invalid.length > 0 && (
        <p role="alert" className="notice">
          {t("invalidParameters", { parameters: invalid.join(", ") })}
        </p>
      )}
      <p>
        <strong>{t("showing", { what })}</strong>
      </p>

      {view ? (
        <>
          <AtlasSection
            view={view}
            what={what}
            idPrefix="atlas"
            headingLevel={2}
            sortHref={(by, order) => atlasHref(`/${locale}/atlas`, request, { by, order })}
            svgHref={atlasHref("/api/v1/coverage.svg", request)}
          />

          <CoverageMatrix
            id="atlas-topics"
            heading={t("topicsHeading")}
            caption={t("topicsCaption")}
            view={view}
            columns={Object.keys(view.coverage.totals.topics).map((slug) => ({ key: slug, label: topicName(slug) }))}
            cellOf={(row, slug) => row.topics[slug]}
          />
          <CoverageMatrix
            id="atlas-languages"
            heading={t("languagesHeading")}
            caption={t("languagesCaption")}
            view={view}
            columns={languages.map((code) => ({ key: code, label: languageName(code, locale).name }))}
            cellOf={(row, code) => row.languages[code]}
          />

          <section aria-labelledby="atlas-recommendations">
            <h2 id="atlas-recommendations">{t("recommendationsHeading")}</h2>
            {view.recommendations.length > 0 ? (
              <ul>
                {view.recommendations.map((recommendation) => (
                  <li key={recommendation.recommendationId}>
                    <a href={`/${locale}/netzwerk/arbeitsgruppen/${recommendation.workingGroupId}`}>
                      {t("recommendationLine", {
                        municipality: municipalityName(recommendation.municipality),
                        title: recommendation.title,
                        group: recommendation.workingGroupTitle,
                        date: format.dateTime(new Date(recommendation.citedAt), { dateStyle: "medium" }),
                        offers: recommendation.offers,
                      })}
                    </a>
                  </li>
                ))}
              </ul>
            ) : view.rows.some((row) => row.recommendationCount > 0) ? (
              <p>{t("recommendationsHidden")}</p>
            ) : (
              <p>{t("recommendationsNone")}</p>
            )}
          </section>

          {view.unmetSearches && (
            <section aria-labelledby="atlas-unmet">
              <h2 id="atlas-unmet">{t("unmetHeading")}</h2>
              <p className="meta">{t("unmetExplain", { k: K_ANONYMITY, few: FEW_RESULTS })}</p>
              {view.unmetSearches.length === 0 ? (
                <p>{t("unmetNone")}</p>
              ) : (
                <ScrollRegion label={t("unmetHeading")}>
                  <table className="data-table">
                    <caption>{t("unmetHeading")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("unmetQuery")}</th>
                        <th scope="col">{t("municipality")}</th>
                        <th scope="col">{t("topic")}</th>
                        <th scope="col" className="numeric">
                          {t("unmetSearches")}
                        </th>
                        <th scope="col" className="numeric">
                          {t("unmetZero")}
                        </th>
                        <th scope="col">{t("unmetLocales")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {view.unmetSearches.map((row) => (
                        <tr key={`${row.query}|${row.municipality}|${row.topic}`}>
                          <th scope="row" dir="auto">
                            {row.query}
                          </th>
                          <td>{municipalityName(row.municipality)}</td>
                          <td>{row.topic ? topicName(row.topic) : t("allTopics")}</td>
                          <td className="numeric">{format.number(row.searches)}</td>
                          <td className="numeric">{format.number(row.zeroResults)}</td>
                          <td>{row.locales.map((code) => languageName(code, locale).name).join(", ")}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              )}
            </section>
          )}

          <section aria-labelledby="atlas-downloads">
            <h2 id="atlas-downloads">{t("downloadsHeading")}</h2>
            <ul>
              <li>
                <a href={atlasHref("/api/v1/coverage.csv", request)} download>
                  {t("downloadCsv")}
                </a>
              </li>
              <li>
                <a href={atlasHref("/api/v1/coverage.svg", request)} download>
                  {t("downloadSvg")}
                </a>
              </li>
              <li>
                <a href={atlasHref("/api/v1/coverage", request)}>{t("downloadJson")}</a>
              </li>
            </ul>
            <p className="meta">{t("sources", { sources })}</p>
          </section>
        </>
      ) : (
        <p role="alert" className="notice">
          {t("unavailable")}
        </p>
      )}

      {survey && <SurveyResults results={survey} topic={chosen(request.filters.topic) || null} />}
    </>
  );
}
