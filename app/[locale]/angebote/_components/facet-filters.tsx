import { getTranslations } from "next-intl/server";
import type { FacetName } from "@/lib/search/offer-search-index";
import type { SearchRequest } from "@/lib/search/search-request";

/** `endonym`: a language's own name, shown beside the label and isolated for right-to-left scripts. */
export type FacetOption = { value: string; label: string; endonym?: string };

type Props = {
  formId: string;
  request: SearchRequest;
  counts: Record<FacetName, Record<string, number>>;
  options: Record<FacetName, FacetOption[]>;
};

const legendKey: Record<FacetName, "municipality" | "topic" | "language" | "audience"> = {
  municipality: "municipality",
  topic: "topic",
  language: "language",
  audience: "audience",
};

/** Checkbox groups with counts. Options without results are hidden unless selected. */
export async function FacetFilters({ formId, request, counts, options }: Props) {
  const t = await getTranslations("Search");
  return (
    <>
      {(Object.keys(options) as FacetName[]).map((facet) => {
        const selected = new Set(request.filters[facet]);
        const visible = options[facet].filter(
          (option) => selected.has(option.value) || (counts[facet][option.value] ?? 0) > 0,
        );
        if (visible.length === 0) return null;
        return (
          <fieldset key={facet} className="facet">
            <legend>{t(legendKey[facet])}</legend>
            <ul>
              {visible.map((option) => {
                const id = `facet-${facet}-${option.value}`;
                return (
                  <li key={option.value}>
                    <input
                      type="checkbox"
                      id={id}
                      form={formId}
                      name={facet}
                      value={option.value}
                      defaultChecked={selected.has(option.value)}
                    />
                    <label htmlFor={id}>
                      {option.label}
                      {option.endonym && (
                        <>
                          {" – "}
                          <bdi lang={option.value}>{option.endonym}</bdi>
                        </>
                      )}{" "}
                      <span className="muted">({counts[facet][option.value] ?? 0})</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
      <p className="facet">
        <input
          type="checkbox"
          id="facet-free"
          form={formId}
          name="free"
          value="true"
          defaultChecked={request.filters.isFree}
        />
        <label htmlFor="facet-free">{t("freeOnly")}</label>
      </p>
    </>
  );
}
