import { getTranslations } from "next-intl/server";
import type { SearchRequest } from "@/lib/search/search-request";
import { hasFilters, searchHref, withoutAllFilters } from "@/lib/search/search-url";

type Props = {
  request: SearchRequest;
  locale: string;
  neighbours: { slug: string; name: string }[];
  synonyms: string[];
};

/** Ways on from an empty result: fewer filters, neighbouring municipalities, other words of the jargon. */
export async function NoResults({ request, locale, neighbours, synonyms }: Props) {
  const t = await getTranslations("Search");
  return (
    <div className="notice">
      <h3>{t("noResultsTitle")}</h3>
      {hasFilters(request) && (
        <p>
          {t("noResultsFewerFilters")} <a href={searchHref(locale, withoutAllFilters(request))}>{t("clearAll")}</a>
        </p>
      )}
      {neighbours.length > 0 && (
        <p>
          {t("noResultsNeighbours")}{" "}
          {neighbours.map(({ slug, name }, index) => (
            <span key={slug}>
              {index > 0 && ", "}
              <a
                href={searchHref(locale, {
                  ...request,
                  page: 1,
                  filters: { ...request.filters, municipality: [slug] },
                })}
              >
                {name}
              </a>
            </span>
          ))}
        </p>
      )}
      {synonyms.length > 0 && (
        <p>
          {t("noResultsSynonyms")}{" "}
          {synonyms.map((word, index) => (
            <span key={word}>
              {index > 0 && ", "}
              <a href={searchHref(locale, { ...request, text: word, page: 1 })} lang="de" dir="ltr">
                {word}
              </a>
            </span>
          ))}
        </p>
      )}
      {request.text && <p>{t("noResultsWords")}</p>}
    </div>
  );
}
