import { getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/forms/filter-select";
import type { AuditFilter, AuditFilterOptions, AuditPage } from "@/lib/audit/audit-queries";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  /** The log page, without locale: "/verwaltung/protokoll". */
  pathname: string;
  filter: AuditFilter;
  options: AuditFilterOptions;
  /** The CSV of the same filters, with locale, or none where there is no export. */
  csvPath?: string;
};

/** The filters as a query: what the pages, the paging links and the CSV link carry. Empty values are left out. */
export function auditFilterQuery(filter: AuditFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/**
 * The log's filter form: a GET form, so it works without JavaScript and a filtered view can be bookmarked. It
 * carries ids, action names, days and a search text that is not looked up in entries about people
 * (lib/audit/audit-queries.ts), never an e-mail address.
 */
export async function AuditFilterForm({ pathname, filter, options, csvPath }: Props) {
  const t = await getTranslations("Audit");
  const query = new URLSearchParams(auditFilterQuery(filter)).toString();
  return (
    <form className="filter-form" method="get">
      <div className="form-row">
        {options.organisations.length > 0 ? (
          <FilterSelect
            id="audit-organisation"
            name="organisation"
            label={t("organisation")}
            all={t("all")}
            options={options.organisations.map((o) => ({ value: o.slug, label: o.name }))}
            value={filter.organisation}
          />
        ) : null}
        <FilterSelect
          id="audit-person"
          name="person"
          label={t("person")}
          all={t("all")}
          options={options.people.map((person) => ({ value: person.id, label: person.email }))}
          value={filter.person}
        />
        <div className="form-field">
          <label htmlFor="audit-action">{t("action")}</label>
          {/* The action names are the trail's German words, like its summaries. */}
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""}>
            <option value="">{t("all")}</option>
            {options.actions.map((action) => (
              <option key={action.value} value={action.value} lang="de">
                {action.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="audit-from">{t("from")}</label>
          <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ""} />
        </div>
        <div className="form-field">
          <label htmlFor="audit-to">{t("to")}</label>
          <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ""} />
        </div>
        <div className="form-field">
          <label htmlFor="audit-q">{t("search")}</label>
          <input
            id="audit-q"
            name="q"
            type="search"
            defaultValue={filter.q ?? ""}
            maxLength={100}
            aria-describedby="audit-q-hint"
          />
          <p id="audit-q-hint" className="hint">
            {t("searchHint")}
          </p>
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--secondary">
          {t("apply")}
        </button>
        <Link href={pathname}>{t("reset")}</Link>
        {csvPath ? (
          <a href={query ? `${csvPath}?${query}` : csvPath} className="button button--secondary" download>
            {t("downloadCsv")}
          </a>
        ) : null}
      </div>
    </form>
  );
}

/** "Entries 51–100 of 234" and previous/next links that keep the filters. */
export async function AuditPaging({
  pathname,
  filter,
  result,
}: {
  pathname: string;
  filter: AuditFilter;
  result: AuditPage;
}) {
  const t = await getTranslations("Audit");
  const query = auditFilterQuery(filter);
  const href = (page: number) => ({ pathname, query: { ...query, ...(page > 1 ? { page: String(page) } : {}) } });
  const first = result.total === 0 ? 0 : (result.page - 1) * result.pageSize + 1;
  const last = Math.min(result.page * result.pageSize, result.total);
  return (
    <>
      <p>{t("range", { first, last, total: result.total })}</p>
      {result.pageCount > 1 ? (
        <nav className="pagination" aria-label={t("pagination")}>
          {result.page > 1 ? <Link href={href(result.page - 1)}>{t("previousPage")}</Link> : null}
          <span>{t("pageOf", { page: result.page, pageCount: result.pageCount })}</span>
          {result.page < result.pageCount ? <Link href={href(result.page + 1)}>{t("nextPage")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
