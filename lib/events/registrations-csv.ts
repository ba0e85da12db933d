import type { RegistrationRow } from "@/lib/events/registration-list";
import { csvWallClock, spreadsheetCsv } from "@/lib/http/csv";
import { translatorFor } from "@/lib/i18n/translator";

// The registrations as a spreadsheet for the county's staff, in the format of lib/http/csv.ts.

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
    row.checkedInAt ? csvWallClock(row.checkedInAt) : "",
    row.assignmentReason ?? "",
  ]);
  return spreadsheetCsv(header, records);
}
