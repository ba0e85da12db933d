import { getLocale, getTranslations } from "next-intl/server";

/** A plain GET form to the results page: works without JavaScript, and the URL carries the query. */
export async function SearchForm({ defaultValue = "" }: { defaultValue?: string }) {
  const t = await getTranslations("Home");
  const locale = await getLocale();
  return (
    <form role="search" action={`/${locale}/angebote`} method="get" className="search-form">
      <div className="search-form__field">
        <label htmlFor="search-query">{t("searchLabel")}</label>
        <input
          id="search-query"
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder={t("searchPlaceholder")}
          maxLength={200}
          autoComplete="off"
        />
      </div>
      <button type="submit" className="button">
        {t("searchButton")}
      </button>
    </form>
  );
}
