import { readFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { loadHsdsContext } from "@/lib/hsds/queries";
import { hsdsOfferSelect, hsdsOrganisationSelect, toOrganization, toService } from "@/lib/hsds/records";
import { loadTaxonomyTerms, taxonomyKinds, taxonomyOf } from "@/lib/hsds/taxonomies";
import { publishedOfferWhere } from "@/lib/offers/visibility";
import { getRegion } from "@/lib/region/region";

// The HSDS tabular data package: one CSV per table of the standard (compiled/tabular.json names the tables,
// their files and columns) and a datapackage.json (Frictionless Data) describing them, zipped. The rows are the
// records the API answers, flattened: the same mapping, so the two cannot disagree. The CSVs are the standard
// kind (comma, UTF-8 without BOM, CRLF, RFC 4180) for programs, with every value as it is — not the Excel
// flavour of lib/http/csv.ts, whose formula guard would change the data.

type ColumnSpec = { name: string; type: string; datapackage_type?: string; format?: string; description?: string };
type TableSpec = {
  name: string;
  path: string;
  description: string;
  datapackage_metadata: { order: number };
  required?: string[];
  properties: Record<string, ColumnSpec>;
};

export type Table = { name: string; path: string; description: string; columns: ColumnSpec[]; required: string[] };

function readTables(): Table[] {
  const file = path.join(process.cwd(), "lib", "hsds", "spec", "schema", "compiled", "tabular.json");
  const spec = JSON.parse(readFileSync(file, "utf8")) as { properties: Record<string, { items: TableSpec }> };
  return Object.values(spec.properties)
    .map(({ items }) => items)
    .sort((a, b) => a.datapackage_metadata.order - b.datapackage_metadata.order)
    .map((table) => ({
      name: table.name,
      path: table.path,
      description: table.description,
      // Arrays and objects are other tables (or nested copies of them), not columns.
      columns: Object.values(table.properties).filter((column) => column.type !== "array" && column.type !== "object"),
      required: table.required ?? [],
    }));
}

let tables: Table[] | undefined;
export const hsdsTables = (): Table[] => (tables ??= readTables());

type Row = Record<string, unknown>;

/** Collects records by table, once per id: a phone nested under a contact and its service is one row. */
class Rows {
  private readonly byTable = new Map<string, Map<string, Row>>();

  add(table: string, records: readonly object[] | undefined): void {
    const rows = this.byTable.get(table) ?? new Map<string, Row>();
    this.byTable.set(table, rows);
    for (const record of records ?? []) {
      const row = record as Row;
      rows.set(String(row.id), { ...rows.get(String(row.id)), ...row });
    }
  }

  of(table: string): Row[] {
    return [...(this.byTable.get(table)?.values() ?? [])];
  }
}

/** Every public record of the platform as rows of the HSDS tables. */
export async function collectHsdsRows(): Promise<Rows> {
  const context = await loadHsdsContext();
  const rows = new Rows();
  const organisations = await prisma.organisation.findMany({
    where: { status: "approved" },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: hsdsOrganisationSelect,
  });
  for (const organisation of organisations.map((row) => toOrganization(row, context))) {
    rows.add("organization", [organisation]);
    rows.add("phone", organisation.phones);
    rows.add("contact", organisation.contacts);
    rows.add("location", organisation.locations);
    for (const location of organisation.locations) rows.add("address", location.addresses);
  }
  // In batches, so 100,000 offers never sit in memory with all their relations at once.
  for (let cursor: string | undefined; ;) {
    const batch = await prisma.offer.findMany({
      where: publishedOfferWhere(),
      orderBy: { id: "asc" },
      take: 500,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: hsdsOfferSelect,
    });
    if (batch.length === 0) break;
    cursor = batch.at(-1)!.id;
    for (const service of batch.map((row) => toService(row, context))) {
      rows.add("service", [service]);
      rows.add("phone", service.phones);
      rows.add("contact", service.contacts);
      for (const contact of service.contacts) rows.add("phone", contact.phones);
      rows.add("schedule", service.schedules);
      rows.add("service_area", service.service_areas);
      rows.add("language", service.languages);
      rows.add("cost_option", service.cost_options);
      rows.add("attribute", service.attributes);
      rows.add("service_at_location", service.service_at_locations);
      for (const { location } of service.service_at_locations) {
        rows.add("location", [location]);
        rows.add("address", location.addresses);
        rows.add("accessibility", location.accessibility);
      }
    }
  }
  rows.add("taxonomy", taxonomyKinds.map(taxonomyOf));
  rows.add(
    "taxonomy_term",
    (await loadTaxonomyTerms(prisma)).map((entry) => entry.term),
  );
  return rows;
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  return typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value);
}

/** One table as standard CSV: the header row of its columns, then its rows. */
export function tableCsv(table: Table, rows: Row[]): string {
  const header = table.columns.map((column) => column.name);
  return stringify([header, ...rows.map((row) => header.map((name) => cell(row[name])))], {
    record_delimiter: "windows",
  });
}

const FRICTIONLESS_FORMATS = new Set(["uuid", "email", "uri"]);

/** datapackage.json (Frictionless Data Package, tabular profile) describing the files. */
export function dataPackageDescriptor(generatedAt: Date) {
  const region = getRegion();
  return {
    profile: "tabular-data-package",
    name: `integrationsatlas-${region.slug}-hsds`,
    title: `Integrationsatlas ${region.name}: Angebote und Organisationen (HSDS 3.0)`,
    description: `Die öffentlichen Angebote und Organisationen des Integrationsnetzwerks ${region.name} im Format Open Referral HSDS 3.0.`,
    homepage: env.PUBLIC_URL,
    version: "3.0",
    created: generatedAt.toISOString(),
    licenses: [{ title: region.openDataLicence.name, path: region.openDataLicence.url }],
    sources: region.dataSources.map((source) => ({ title: source.text, path: source.url })),
    resources: hsdsTables().map((table) => ({
      name: table.name,
      path: table.path,
      description: table.description,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: table.columns.map((column) => ({
          name: column.name,
          type: column.datapackage_type ?? column.type,
          ...(column.format && FRICTIONLESS_FORMATS.has(column.format) ? { format: column.format } : {}),
          ...(column.description ? { description: column.description } : {}),
          ...(table.required.includes(column.name) ? { constraints: { required: true } } : {}),
        })),
        primaryKey: "id",
      },
    })),
  };
}

/** The whole data package as one zip: datapackage.json and a CSV for every table of the standard. */
export async function buildHsdsDataPackage(generatedAt: Date = new Date()): Promise<Uint8Array> {
  const rows = await collectHsdsRows();
  const files: Record<string, Uint8Array> = {
    "datapackage.json": strToU8(`${JSON.stringify(dataPackageDescriptor(generatedAt), null, 2)}\n`),
  };
  for (const table of hsdsTables()) files[table.path] = strToU8(tableCsv(table, rows.of(table.name)));
  return zipSync(files, { level: 6, mtime: generatedAt });
}
