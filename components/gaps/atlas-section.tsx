import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AtlasMap } from "@/components/gaps/atlas-map";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { CoverageClass } from "@/lib/gaps/coverage-classes";
import type { AtlasRow, AtlasSortColumn, AtlasView } from "@/lib/gaps/atlas";

// The heart of the atlas, on its page and in a working group's space: the map (its legend states the class
// breaks) and the same figures as a table. The table is the map's accessible form and works without JavaScript: its
// column headers are links that sort on the server (aria-sort says the order), each municipality links to its
// offers in search, and a municipality without any offer says "gap" in words, not only in colour.

type Props = {
  view: AtlasView;
  /** The filters in words ("Arbeit und Wirtschaft, auf Arabisch"). */
  what: string;
  /** The href of the atlas sorted by a column in an order (the page or the group's space keeps its filters). */
  sortHref: (by: AtlasSortColumn, order: "asc" | "desc") => string;
  /** The server-drawn map for the same filters (/api/v1/coverage.svg), for readers without JavaScript. */
  svgHref: string;
  headingLevel: 2 | 3;
  idPrefix: string;
};

function Swatch({ coverageClass }: { coverageClass: CoverageClass }) {
  return (
    <span
      className={coverageClass.isHatched ? "atlas-swatch atlas-swatch--hatched" : "atlas-swatch"}
      style={{ backgroundColor: coverageClass.colour }}
      aria-hidden="true"
    />
  );
}

export async function AtlasSection({ view, what, sortHref, svgHref, headingLevel, idPrefix }: Props) {
  const t = await getTranslations("Atlas");
  const format = await getFormatter();
  const locale = await getLocale();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const number = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  const classes = new Map(view.classes.map((c) => [c.index, c]));
  const columns: { by: AtlasSortColumn; label: string; numeric: boolean }[] = [
    { by: "name", label: t("municipality"), numeric: false },
    { by: "population", label: t("population"), numeric: true },
    { by: "offers", label: t("offers"), numeric: true },
    { by: "per10k", label: t("per10k"), numeric: true },
    ...(view.comparison ? [{ by: "change" as const, label: t("change"), numeric: true }] : []),
  ];
  const sortedLabel = columns.find((c) => c.by === view.sort.by)?.label ?? t("per10k");
  const monthName = (month: string) =>
    format.dateTime(new Date(`${month}-15T12:00:00Z`), { month: "long", year: "numeric", timeZone: "Europe/Berlin" });
  const change = (row: AtlasRow) =>
    row.change === null ? t("noFigure") : format.number(row.change, { signDisplay: "exceptZero" });
  const { totals } = view.coverage;

  return (
    <>
      <section aria-labelledby={`${idPrefix}-map`}>
        <Heading id={`${idPrefix}-map`}>{t("mapHeading")}</Heading>
        <AtlasMap
          view={view}
          locale={locale}
          svgHref={svgHref}
          imageLabel={t("mapImage", { what })}
          legendTitle={t("legendTitle")}
        />
      </section>

      <section aria-labelledby={`${idPrefix}-table`}>
        <Heading id={`${idPrefix}-table`}>{t("tableHeading")}</Heading>
        {view.comparison ? (
          <p className="meta">
            {view.comparison.conference
              ? t("comparisonConference", {
                  month: monthName(view.comparison.month),
                  title: view.comparison.conference.title,
                })
              : t("comparisonMonth", { month: monthName(view.comparison.month) })}
          </p>
        ) : (
          <p className="meta">{t("noComparison")}</p>
        )}
        <ScrollRegion label={t("tableHeading")}>
          <table className="data-table atlas-table">
            <caption>
              {t("tableCaption", {
                what,
                column: sortedLabel,
                order: view.sort.order === "asc" ? t("ascending") : t("descending"),
              })}
            </caption>
            <thead>
              <tr>
                {columns.map((column) => {
                  const active = view.sort.by === column.by;
                  const next = active && view.sort.order === "asc" ? "desc" : "asc";
                  return (
                    <th
                      key={column.by}
                      scope="col"
                      className={column.numeric ? "numeric" : undefined}
                      aria-sort={active ? (view.sort.order === "asc" ? "ascending" : "descending") : undefined}
                    >
                      <a href={sortHref(column.by, next)} aria-label={t("sortBy", { column: column.label })}>
                        {column.label}
                        {active && <span aria-hidden="true">{view.sort.order === "asc" ? " ▲" : " ▼"}</span>}
                      </a>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row) => {
                const coverageClass = classes.get(row.classIndex);
                return (
                  <tr key={row.slug}>
                    <th scope="row">
                      {coverageClass && <Swatch coverageClass={coverageClass} />}
                      <a href={row.searchHref} aria-label={t("openSearch", { municipality: row.name })}>
                        {row.name}
                      </a>
                      {row.offers === 0 && <span className="badge badge--alert">{t("gap")}</span>}
                      {row.recommendationCount > 0 && (
                        <span className="badge badge--ok">
                          {t("recommendations", { count: row.recommendationCount })}
                        </span>
                      )}
                    </th>
                    <td className="numeric">
                      {format.number(row.population)}
                      <span className="meta atlas-table__date">
                        {" "}
                        {t("populationAsOf", {
                          date: format.dateTime(new Date(`${row.populationDate}T12:00:00Z`), { dateStyle: "medium" }),
                        })}
                      </span>
                    </td>
                    <td className="numeric">{format.number(row.offers)}</td>
                    <td className="numeric">{row.per10k === null ? t("noFigure") : number(row.per10k)}</td>
                    {view.comparison && <td className="numeric">{change(row)}</td>}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("county")}</th>
                <td className="numeric">{format.number(totals.population)}</td>
                <td className="numeric">{format.number(totals.offers)}</td>
                <td className="numeric">{totals.per10k === null ? t("noFigure") : number(totals.per10k)}</td>
                {view.comparison && <td />}
              </tr>
            </tfoot>
          </table>
        </ScrollRegion>
        <p className="meta">{t("countyNote")}</p>
      </section>
    </>
  );
}
