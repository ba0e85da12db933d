import { getTranslations } from "next-intl/server";
import { FilterSelect, type FilterOption } from "@/components/forms/filter-select";
import { Link } from "@/lib/i18n/navigation";
import type { DirectoryFilter } from "@/lib/network/directory";

type Props = {
  locale: string;
  filter: DirectoryFilter;
  topics: FilterOption[];
  municipalities: FilterOption[];
  kinds: FilterOption[];
  languages: FilterOption[];
};

/** A plain GET form: works without JavaScript, and the URL carries the search. */
export async function DirectoryFilterForm({ locale, filter, topics, municipalities, kinds, languages }: Props) {
  const t = await getTranslations("Network.filter");
  const isFiltered = Boolean(filter.q || filter.topic || filter.municipality || filter.kind || filter.language);
  return (
    <form role="search" method="get" action={`/${locale}/netzwerk`} className="network-filter" aria-label={t("label")}>
      <div className="network-filter__text">
        <div className="form-field">
          <label htmlFor="network-q">{t("query")}</label>
          <input id="network-q" type="search" name="q" defaultValue={filter.q ?? ""} maxLength={100} />
        </div>
        <FilterSelect
          id="network-in"
          name="in"
          label={t("in")}
          all={t("inAll")}
          options={[
            { value: "offers", label: t("inOffers") },
            { value: "seeks", label: t("inSeeks") },
          ]}
          value={filter.in === "all" ? "" : filter.in}
        />
      </div>
      <div className="form-row">
        <FilterSelect
          id="network-topic"
          name="topic"
          label={t("topic")}
          all={t("allTopics")}
          options={topics}
          value={filter.topic}
        />
        <FilterSelect
          id="network-municipality"
          name="municipality"
          label={t("municipality")}
          all={t("allMunicipalities")}
          options={municipalities}
          value={filter.municipality}
        />
        <FilterSelect
          id="network-kind"
          name="kind"
          label={t("kind")}
          all={t("allKinds")}
          options={kinds}
          value={filter.kind}
        />
        <FilterSelect
          id="network-language"
          name="language"
          label={t("language")}
          all={t("allLanguages")}
          options={languages}
          value={filter.language}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {t("submit")}
        </button>
        {isFiltered ? <Link href="/netzwerk">{t("reset")}</Link> : null}
      </div>
    </form>
  );
}
