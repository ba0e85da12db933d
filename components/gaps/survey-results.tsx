import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { localizedName } from "@/lib/i18n/localized-name";
import type { AtlasSurveyResults, AtlasSurveyTopic } from "@/lib/surveys/atlas-results";
import type { RatingFigures } from "@/lib/surveys/results";

type Props = {
  results: AtlasSurveyResults;
  /** One core topic's results (with its municipalities in detail), or every topic's. */
  topic: string | null;
};

const ratings = [1, 2, 3, 4, 5] as const;

/**
 * The needs survey's results as tables: per topic, and per topic and municipality. A group of fewer than five
 * answers says so in words instead of numbers. Free texts appear only when the results carry them (admins and
 * working-group moderators).
 */
export async function SurveyResults({ results, topic }: Props) {
  const t = await getTranslations("Survey.results");
  const locale = await getLocale();
  const format = await getFormatter();
  const topics = topic ? results.topics.filter((candidate) => candidate.slug === topic) : results.topics;
  const nameOf = (entry: AtlasSurveyTopic) => localizedName(entry.names, locale);
  const average = (figures: RatingFigures & { isHidden: false }) =>
    figures.average === null ? t("noRatings") : format.number(figures.average, { maximumFractionDigits: 1 });
  const topicCaption = t("topicCaption");

  return (
    <section className="survey-results" aria-labelledby="survey-results-heading">
      <h2 id="survey-results-heading">{t("heading", { title: results.survey.title })}</h2>
      <p>
        {results.survey.status === "closed" ? t("statusClosed") : t("statusOpen")}{" "}
        {results.responses === null ? t("fewResponses") : t("responses", { count: results.responses })}
      </p>
      <p className="hint">{t("hiddenHint")}</p>

      <ScrollRegion label={topicCaption}>
        <table className="data-table">
          <caption>{topicCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("topic")}</th>
              <FigureHeaderCells />
            </tr>
          </thead>
          <tbody>
            {topics.map((entry) => (
              <tr key={entry.slug}>
                <th scope="row">{nameOf(entry)}</th>
                <FigureCells figures={entry.figures} hidden={t("hidden")} average={average} />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>

      {topic && topics[0] ? (
        <MunicipalityDetail entry={topics[0]} name={nameOf(topics[0])} average={average} />
      ) : (
        <MunicipalityMatrix topics={topics} nameOf={nameOf} average={average} />
      )}

      {topics.some((entry) => entry.freeTexts !== null) ? (
        <section aria-labelledby="survey-free-texts">
          <h3 id="survey-free-texts">{t("freeTextsHeading")}</h3>
          <p className="hint">{t("freeTextsHint")}</p>
          {topics.map((entry) => (
            <div key={entry.slug}>
              <h4>{nameOf(entry)}</h4>
              {entry.freeTexts && entry.freeTexts.length > 0 ? (
                <ul className="survey-results__texts">
                  {entry.freeTexts.map((freeText, index) => (
                    <li key={index} lang={freeText.locale} dir="auto">
                      {freeText.text}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t("noFreeTexts")}</p>
              )}
            </div>
          ))}
        </section>
      ) : null}
    </section>
  );
}

type Average = (figures: RatingFigures & { isHidden: false }) => string;

function FigureCells({ figures, hidden, average }: { figures: RatingFigures; hidden: string; average: Average }) {
  if (figures.isHidden) return <td colSpan={2 + ratings.length}>{hidden}</td>;
  return (
    <>
      <td>{figures.answers}</td>
      <td>{average(figures)}</td>
      {figures.distribution.map((count, index) => (
        <td key={index}>{count}</td>
      ))}
    </>
  );
}

async function MunicipalityDetail({
  entry,
  name,
  average,
}: {
  entry: AtlasSurveyTopic;
  name: string;
  average: Average;
}) {
  const t = await getTranslations("Survey.results");
  const caption = t("municipalityTopicCaption", { topic: name });
  return (
    <ScrollRegion label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("municipality")}</th>
            <FigureHeaderCells />
          </tr>
        </thead>
        <tbody>
          {entry.municipalities.map((cell) => (
            <tr key={cell.slug}>
              <th scope="row">{cell.name}</th>
              <FigureCells figures={cell.figures} hidden={t("hidden")} average={average} />
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

async function MunicipalityMatrix({
  topics,
  nameOf,
  average,
}: {
  topics: AtlasSurveyTopic[];
  nameOf: (entry: AtlasSurveyTopic) => string;
  average: Average;
}) {
  const t = await getTranslations("Survey.results");
  const caption = t("municipalityCaption");
  const municipalities = topics[0]?.municipalities ?? [];
  return (
    <ScrollRegion label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("municipality")}</th>
            {topics.map((entry) => (
              <th scope="col" key={entry.slug}>
                {nameOf(entry)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {municipalities.map((municipality) => (
            <tr key={municipality.slug}>
              <th scope="row">{municipality.name}</th>
              {topics.map((entry) => {
                const figures = entry.municipalities.find((cell) => cell.slug === municipality.slug)?.figures;
                return (
                  <td key={entry.slug}>
                    {!figures || figures.isHidden
                      ? t("hidden")
                      : t("cell", { average: average(figures), count: figures.answers })}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The column headers of FigureCells: answers, average, then one per rating. */
async function FigureHeaderCells() {
  const t = await getTranslations("Survey.results");
  return (
    <>
      <th scope="col">{t("answers")}</th>
      <th scope="col">{t("average")}</th>
      {ratings.map((rating) => (
        <th scope="col" key={rating}>
          {t("ratingCount", { rating })}
        </th>
      ))}
    </>
  );
}
