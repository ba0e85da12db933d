import { stringify } from "csv-stringify/sync";
import { toDateTimeInput } from "@/lib/events/event-time";

// Every CSV the app hands out is opened by the county's staff in Excel with German settings, so all of them
// share this one format. Excel reads a CSV with the list separator of the system's region, which is ";" in
// Germany (the decimal comma takes ","), and it needs the UTF-8 byte order mark, or umlauts and Arabic names
// come out garbled. Lines end in CRLF as RFC 4180 says; a field with a line break, ";" or a quote is quoted,
// and a field that starts like a formula (= + - @, tab, CR) is prefixed with ' so that text somebody typed
// (a name, a title) cannot run in the spreadsheet.

export type CsvCell = string | number;

/** A header row and records as one spreadsheet-safe CSV text (with BOM). */
export function spreadsheetCsv(header: readonly string[], records: readonly (readonly CsvCell[])[]): string {
  return stringify([header, ...records], {
    bom: true,
    delimiter: ";",
    record_delimiter: "windows",
    quoted_match: /[\r\n]/,
    escape_formulas: true,
  });
}

/** Berlin wall-clock time as "2025-06-12 09:30", which spreadsheets read as a date. */
export const csvWallClock = (date: Date): string => toDateTimeInput(date).replace("T", " ");
