import { getFormatter, getTranslations } from "next-intl/server";
import type { AdminEvent } from "@/lib/events/event-admin";
import { registrationStatuses, type RegistrationFilter, type RegistrationRow } from "@/lib/events/registration-list";
import { Link } from "@/lib/i18n/navigation";
import { moveToGroupAction } from "../actions";
import { MoveGroupForm } from "./move-group-form";

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
          <div className="form-field">
            <label htmlFor="filter-status">{t("filters.status")}</label>
            <select id="filter-status" name="status" defaultValue={filter.status ?? ""}>
              <option value="">{t("filters.allAttendees")}</option>
              {registrationStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor="filter-group">{t("filters.group")}</label>
            <select id="filter-group" name="group" defaultValue={filter.group ?? ""}>
              <option value="">{t("filters.all")}</option>
              {groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.title}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor="filter-municipality">{t("filters.municipality")}</label>
            <select id="filter-municipality" name="municipality" defaultValue={filter.municipality ?? ""}>
              <option value="">{t("filters.all")}</option>
              {municipalities.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor="filter-checked-in">{t("filters.checkedIn")}</label>
            <select id="filter-checked-in" name="checkedIn" defaultValue={filter.checkedIn ?? ""}>
              <option value="">{t("filters.all")}</option>
              <option value="yes">{t("filters.yes")}</option>
              <option value="no">{t("filters.no")}</option>
            </select>
          </div>
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
        <div className="table-scroll">
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
        </div>
      )}
    </>
  );
}
