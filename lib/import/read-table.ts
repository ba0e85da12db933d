import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

// Spreadsheets as the county's staff save them: CSV from German Excel (";" between fields, Windows-1252 unless
// "CSV UTF-8" was chosen, often with a byte-order mark) or from elsewhere (","), and XLSX. The first row holds
// the column names; blank rows are left out but keep their row numbers, so the report points at the right line.

export type Table = { headers: string[]; rows: { row: number; cells: string[] }[] };

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252, German Excel's default. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The separator the header line uses most: ";", "," or a tab (outside quotes). */
export function detectDelimiter(text: string): string {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? "").replace(/"[^"]*"/g, "");
  const counts = [";", ",", "\t"].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ",";
}

function toTable(lines: string[][], firstRowNumber = 1): Table {
  const [headerCells, ...body] = lines;
  const headers = (headerCells ?? []).map((cell) => cell.trim());
  const rows = body
    .map((cells, index) => ({ row: index + firstRowNumber + 1, cells: cells.map((cell) => cell.trim()) }))
    .filter(({ cells }) => cells.some((cell) => cell !== ""));
  return { headers, rows };
}

export function readCsv(bytes: Uint8Array): Table {
  const text = decodeText(bytes).replace(/^\uFEFF/, "");
  const lines: string[][] = parse(text, {
    delimiter: detectDelimiter(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  });
  return toTable(lines);
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  // A number keeps its digits (postcodes, coordinates); a date becomes YYYY-MM-DD; the rest as Excel shows it.
  if (typeof value === "number") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object" && "hyperlink" in value && typeof value.hyperlink === "string") {
    return typeof value.text === "string" ? value.text : value.hyperlink;
  }
  return cell.text;
}

/** The first worksheet of an XLSX file. */
export async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const width = sheet.columnCount;
  const lines: string[][] = [];
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    lines.push(Array.from({ length: width }, (_, index) => cellText(row.getCell(index + 1))));
  }
  return toTable(lines);
}
