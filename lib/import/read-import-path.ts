import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { readHsdsPackage, readImportFile, type ImportSource } from "@/lib/import/read-import-file";

/** A file, or a directory holding an HSDS data package (one CSV per table, with or without datapackage.json). */
export async function readImportPath(filePath: string): Promise<ImportSource> {
  if (statSync(filePath).isDirectory()) {
    const files = new Map(
      readdirSync(filePath)
        .filter((name) => name.endsWith(".csv") || name === "datapackage.json")
        .map((name) => [name, new Uint8Array(readFileSync(path.join(filePath, name)))] as const),
    );
    return readHsdsPackage(files);
  }
  return readImportFile(filePath, new Uint8Array(readFileSync(filePath)));
}
