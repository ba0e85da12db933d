import { parse } from "csv-parse/sync";

/**
 * Reads a spreadsheet CSV of lib/http/csv.ts back into rows with an independent parser (csv-parse): ";" between
 * fields, CRLF between records, the byte order mark dropped.
 */
export function readCsv(text: string): string[][] {
  return parse(text, { delimiter: ";", record_delimiter: "\r\n", bom: true });
}
