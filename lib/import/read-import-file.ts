import path from "node:path";
import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { z } from "zod";
import { hsdsTables } from "@/lib/hsds/tabular";
import { recordsFromTable, type ColumnMapping } from "@/lib/import/column-mapping";
import {
  recordFromHsdsService,
  servicesFromHsdsJson,
  servicesFromHsdsTables,
  type HsdsTables,
} from "@/lib/import/hsds-records";
import type { ImportRecord } from "@/lib/import/import-record";
import { decodeText, readCsv, readXlsx, type Table } from "@/lib/import/read-table";
import { DomainError } from "@/lib/result";

// What a file is, decided by its name and first bytes: a spreadsheet (CSV, XLSX), HSDS JSON, or an HSDS data
// package (a .zip of one CSV per table, with or without datapackage.json). A directory package is read by the CLI
// into the same map of files. Anything unreadable is an expected failure with a message, never a crash.

export const importFormats = ["csv", "xlsx", "hsds-json", "hsds-package"] as const;
export type ImportFormat = (typeof importFormats)[number];

export type ImportSource =
  | { format: "csv" | "xlsx"; table: Table }
  | { format: "hsds-json" | "hsds-package"; services: Record<string, unknown>[] };

/** A zip may unpack to at most this much: a small zip must not fill the memory (a "zip bomb"). */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

const unreadable = () => new DomainError("invalid_input", "importUnreadable");

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const DescriptorSchema = z.object({
  resources: z.array(z.object({ name: z.string(), path: z.string() }).loose()).catch([]),
});

/**
 * Which table each CSV holds: as datapackage.json says when there is one, else by the standard's file names
 * (compiled/tabular.json: "services.csv" is the service table), else by the file's own name ("service.csv").
 */
function tableNames(files: ReadonlyMap<string, Uint8Array>): Map<string, string> {
  const names = new Map(hsdsTables().map((table) => [table.path, table.name]));
  const descriptor = [...files].find(([name]) => path.basename(name) === "datapackage.json")?.[1];
  if (descriptor) {
    let json: unknown = null;
    try {
      json = JSON.parse(decodeText(descriptor));
    } catch {
      throw unreadable();
    }
    const parsed = DescriptorSchema.safeParse(json);
    for (const resource of parsed.success ? parsed.data.resources : []) {
      names.set(path.basename(resource.path), resource.name);
    }
  }
  return names;
}

/** The tables of a data package by name ("service" for services.csv); other files are ignored. */
export function readHsdsPackage(files: ReadonlyMap<string, Uint8Array>): ImportSource {
  const tables: HsdsTables = new Map();
  const names = tableNames(files);
  for (const [name, bytes] of files) {
    const base = path.basename(name);
    if (!base.endsWith(".csv")) continue;
    const rows = parse<Record<string, string>>(decodeText(bytes).replace(/^\uFEFF/, ""), {
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
    tables.set(names.get(base) ?? base.slice(0, -4), rows);
  }
  if (!tables.has("service")) throw new DomainError("invalid_input", "importPackageWithoutServices");
  return { format: "hsds-package", services: servicesFromHsdsTables(tables) };
}

function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  let unpacked = 0;
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new DomainError("invalid_input", "importFileTooLarge");
        return /\.(csv|json)$/i.test(file.name) && !file.name.startsWith("__MACOSX/");
      },
    });
    return new Map(Object.entries(files));
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadable();
  }
}

/** Reads an uploaded or given file. Throws DomainError("invalid_input") when it is none of the formats. */
export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<ImportSource> {
  const extension = path.extname(fileName).toLowerCase();
  try {
    if (extension === ".zip" || (isZip(bytes) && extension !== ".xlsx")) return readHsdsPackage(unzip(bytes));
    if (extension === ".xlsx") return { format: "xlsx", table: await readXlsx(bytes) };
    if (extension === ".json") {
      const services = servicesFromHsdsJson(JSON.parse(decodeText(bytes).replace(/^\uFEFF/, "")));
      if (!services) throw new DomainError("invalid_input", "importJsonNotHsds");
      return { format: "hsds-json", services };
    }
    if (extension === ".csv" || extension === ".txt") return { format: "csv", table: readCsv(bytes) };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadable();
  }
  throw new DomainError("invalid_input", "importUnknownFormat");
}

/** The file's rows as import records; a spreadsheet needs its confirmed column mapping. */
export function recordsOf(source: ImportSource, mapping: ColumnMapping = {}): ImportRecord[] {
  if ("table" in source) return recordsFromTable(source.table, mapping);
  return source.services.map((service, index) => recordFromHsdsService(service, index + 1));
}
