import { getLocale, getTranslations } from "next-intl/server";
import { SearchInput } from "@/components/search-input";

/** A plain GET form to the results page: works without JavaScript, and the URL carries the query. */
export async function SearchForm({ defaultValue = "" }: { defaultValue?: string }) {
  const t = await getTranslations("Home");
  const locale = await getLocale();
  return (
    <form role="search" action={`/${locale}/angebote`} method="get" className="search-form">
      <div className="search-form__field">
        <SearchInput
          id="search-query"
          label={t("searchLabel")}
          suggestionsLabel={(await getTranslations("Search"))("suggestions")}
          locale={locale}
          defaultValue={defaultValue}
          placeholder={t("searchPlaceholder")}
        />
      </div>
      <button type="submit" className="button">
        {t("searchButton")}
      </button>
    </form>
  );
}
