import { getFormatter, getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/forms/filter-select";
import type { AdminEvent } from "@/lib/events/event-admin";
import { registrationStatuses, type RegistrationFilter, type RegistrationRow } from "@/lib/events/registration-list";
import { Link } from "@/lib/i18n/navigation";
import { moveToGroupAction } from "../actions";
import { MoveGroupForm } from "./move-group-form";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = {
  locale: string;
  event: AdminEvent;
  filter: RegistrationFilter;
  registrations: RegistrationRow[];
  municipalities: { slug: string; name: string }[];
};

function filterQuery(filter: RegistrationFilter): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The filter form (a GET form: the filters live in the address, so a filtered view can be shared) and table. */
export async function RegistrationTable({ locale, event, filter, registrations, municipalities }: Props) {
  const t = await getTranslations("EventAdmin");
  const format = await getFormatter();
  const groups = event.workingGroups.map((group) => ({ id: group.id, title: group.title }));
  return (
    <>
      <form className="filter-form no-print" method="get">
        <div className="form-row">
          <FilterSelect
            id="filter-status"
            name="status"
            label={t("filters.status")}
            all={t("filters.allAttendees")}
            options={registrationStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))}
            value={filter.status}
          />
          <FilterSelect
            id="filter-group"
            name="group"
            label={t("filters.group")}
            all={t("filters.all")}
            options={groups.map((group) => ({ value: group.id, label: group.title }))}
            value={filter.group}
          />
          <FilterSelect
            id="filter-municipality"
            name="municipality"
            label={t("filters.municipality")}
            all={t("filters.all")}
            options={municipalities.map((m) => ({ value: m.slug, label: m.name }))}
            value={filter.municipality}
          />
          <FilterSelect
            id="filter-checked-in"
            name="checkedIn"
            label={t("filters.checkedIn")}
            all={t("filters.all")}
            options={[
              { value: "yes", label: t("filters.yes") },
              { value: "no", label: t("filters.no") },
            ]}
            value={filter.checkedIn}
          />
          <div className="form-field">
            <label htmlFor="filter-q">{t("filters.text")}</label>
            <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={100} />
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--secondary">
            {t("filters.apply")}
          </button>
          <Link href={`/verwaltung/veranstaltungen/${event.slug}`}>{t("filters.reset")}</Link>
          <a
            href={`/${locale}/verwaltung/veranstaltungen/${event.slug}/anmeldungen.csv${filterQuery(filter)}`}
            className="button button--secondary"
            download
          >
            {t("downloadCsv")}
          </a>
        </div>
      </form>
      {registrations.length === 0 ? (
        <p>{t("noRegistrations")}</p>
      ) : (
        <ScrollRegion label={t("registrationsCaption", { count: registrations.length })}>
          <table className="data-table registration-table">
            <caption>{t("registrationsCaption", { count: registrations.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.sequence")}</th>
                <th scope="col">{t("columns.name")}</th>
                <th scope="col">{t("columns.organisation")}</th>
                <th scope="col">{t("columns.municipality")}</th>
                <th scope="col">{t("columns.role")}</th>
                <th scope="col">{t("columns.status")}</th>
                <th scope="col">{t("columns.group")}</th>
                <th scope="col">{t("columns.accessibility")}</th>
                <th scope="col">{t("columns.checkedIn")}</th>
                <th scope="col">{t("columns.move")}</th>
              </tr>
            </thead>
            <tbody>
              {registrations.map((row) => (
                <tr key={row.id}>
                  <td>{row.sequence}</td>
                  <th scope="row">
                    {row.name}
                    <br />
                    <span className="muted">{row.email}</span>
                  </th>
                  <td>{row.organisationName ?? "—"}</td>
                  <td>{row.municipality ?? "—"}</td>
                  <td>{row.role ?? "—"}</td>
                  <td>
                    {t(`status.${row.status}`)}
                    {row.waitlistPosition !== null
                      ? ` (${t("waitlistPlace", { position: row.waitlistPosition })})`
                      : ""}
                  </td>
                  <td>
                    {row.group ? `${row.group.title} (${t(`groupStatus.${row.group.status}`)})` : "—"}
                    <br />
                    <span className="muted">
                      {t("choices", { first: row.firstChoice ?? "—", second: row.secondChoice ?? "—" })}
                    </span>
                    {row.assignmentReason ? (
                      <>
                        <br />
                        <span className="muted">{t("movedBecause", { reason: row.assignmentReason })}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{row.accessibilityNeeds ?? "—"}</td>
                  <td>
                    {row.checkedInAt ? (
                      <time dateTime={row.checkedInAt.toISOString()}>
                        {format.dateTime(row.checkedInAt, { timeStyle: "short" })}
                      </time>
                    ) : (
                      t("filters.no")
                    )}
                  </td>
                  <td>
                    {row.status === "confirmed" && groups.length > 0 ? (
                      <MoveGroupForm
                        action={moveToGroupAction.bind(null, row.id)}
                        personName={row.name}
                        groups={groups}
                        currentGroupId={row.group?.id ?? null}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
