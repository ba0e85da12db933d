import { stringify } from "csv-stringify/sync";
import { toDateTimeInput } from "@/lib/events/event-admin-schemas";
import type { RegistrationRow } from "@/lib/events/registration-list";
import { translatorFor } from "@/lib/i18n/translator";

// The registrations as a spreadsheet for the county's staff, who open it in Excel with German settings.
// Excel reads a CSV with the list separator of the system's region, which is ";" in Germany (the decimal
// comma takes ","), and it needs the UTF-8 byte order mark, or umlauts and Arabic names come out garbled.
// Lines end in CRLF as RFC 4180 says; a field with a line break, ";" or a quote is quoted, and a field that
// starts like a formula (= + - @) is prefixed with ' so that a registrant's name cannot run in Excel.

export function registrationsCsv(rows: RegistrationRow[], locale: string): string {
  const t = translatorFor(locale, "EventAdmin");
  const header = [
    t("columns.sequence"),
    t("columns.name"),
    t("columns.email"),
    t("columns.organisation"),
    t("columns.municipality"),
    t("columns.role"),
    t("columns.status"),
    t("columns.waitlistPosition"),
    t("columns.group"),
    t("columns.groupStatus"),
    t("columns.firstChoice"),
    t("columns.secondChoice"),
    t("columns.accessibility"),
    t("columns.checkedIn"),
    t("columns.assignmentReason"),
  ];
  const records = rows.map((row) => [
    row.sequence,
    row.name,
    row.email,
    row.organisationName ?? "",
    row.municipality ?? "",
    row.role ?? "",
    t(`status.${row.status}`),
    row.waitlistPosition ?? "",
    row.group?.title ?? "",
    row.group ? t(`groupStatus.${row.group.status}`) : "",
    row.firstChoice ?? "",
    row.secondChoice ?? "",
    row.accessibilityNeeds ?? "",
    // Berlin wall-clock time, as the staff at the door saw it.
    row.checkedInAt ? toDateTimeInput(row.checkedInAt).replace("T", " ") : "",
    row.assignmentReason ?? "",
  ]);
  return stringify([header, ...records], {
    bom: true,
    delimiter: ";",
    record_delimiter: "windows",
    quoted_match: /[\r\n]/,
    escape_formulas: true,
  });
}
