import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { prisma } from "@/lib/db";
import { listServices } from "@/lib/hsds/queries";
import { ServicesRequestSchema } from "@/lib/hsds/request";
import { buildHsdsDataPackage, hsdsTables } from "@/lib/hsds/tabular";
import { hsdsErrors } from "@/tests/hsds-schemas";
import { seedDemoDataForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

// The tabular data package read back by a CSV parser: every file the descriptor names, every column it
// declares, every row valid against the official schema of its table, every reference resolving.

type Descriptor = {
  profile: string;
  resources: { name: string; path: string; schema: { fields: { name: string; type: string }[]; primaryKey: string } }[];
};

let files: Record<string, string>;
let descriptor: Descriptor;
const tablesOf = new Map<string, Record<string, string>[]>();

beforeAll(async () => {
  await resetDatabase();
  await seedDemoDataForTest(200);
  const zip = unzipSync(await buildHsdsDataPackage(new Date("2026-12-04T01:00:00Z")));
  files = Object.fromEntries(Object.entries(zip).map(([name, bytes]) => [name, strFromU8(bytes)]));
  descriptor = JSON.parse(files["datapackage.json"]!) as Descriptor;
  for (const resource of descriptor.resources) {
    tablesOf.set(resource.name, parse(files[resource.path]!, { columns: true, skip_empty_lines: true }));
  }
}, 120_000);

test("the descriptor names a CSV for every table of the standard, and each CSV has exactly its columns", () => {
  expect(descriptor.profile).toBe("tabular-data-package");
  expect(descriptor.resources.map((resource) => resource.name)).toEqual(hsdsTables().map((table) => table.name));
  expect(descriptor.resources).toHaveLength(21);
  expect(Object.keys(files).sort()).toEqual(["datapackage.json", ...descriptor.resources.map((r) => r.path)].sort());
  for (const resource of descriptor.resources) {
    const [header]: string[][] = parse(files[resource.path]!, { to_line: 1 });
    expect({ table: resource.name, header }).toEqual({
      table: resource.name,
      header: resource.schema.fields.map((f) => f.name),
    });
    // RFC 4180 and the descriptor's dialect: records end in CRLF, the last one too.
    expect(files[resource.path]!).toMatch(/^[^\n]*\r\n/);
    expect(files[resource.path]!.endsWith("\r\n")).toBe(true);
  }
});

test("every row is valid against the official schema of its table", () => {
  for (const resource of descriptor.resources) {
    const types = new Map(resource.schema.fields.map((field) => [field.name, field.type]));
    for (const row of tablesOf.get(resource.name)!) {
      // CSV knows only text: empty cells are absent values, numbers are numbers again.
      const record = Object.fromEntries(
        Object.entries(row)
          .filter(([, value]) => value !== "")
          .map(([name, value]) => [name, types.get(name) === "number" ? Number(value) : value]),
      );
      expect({ table: resource.name, id: row.id, errors: hsdsErrors(`${resource.name}.json`, record) }).toEqual({
        table: resource.name,
        id: row.id,
        errors: [],
      });
    }
  }
});

test("the package holds what the API answers, and every reference points at a row", async () => {
  const services = tablesOf.get("service")!;
  const api = await listServices(ServicesRequestSchema.parse({ per_page: "1000" }));
  expect(services.map((row) => row.id).sort()).toEqual(api.contents.map((item) => item.id).sort());
  expect(tablesOf.get("organization")).toHaveLength(await prisma.organisation.count({ where: { status: "approved" } }));
  const ids = (table: string) => new Set(tablesOf.get(table)!.map((row) => row.id));
  const references: [string, string, string][] = [
    ["service", "organization_id", "organization"],
    ["service_at_location", "service_id", "service"],
    ["service_at_location", "location_id", "location"],
    ["address", "location_id", "location"],
    ["schedule", "service_id", "service"],
    ["language", "service_id", "service"],
    ["service_area", "service_id", "service"],
    ["cost_option", "service_id", "service"],
    ["attribute", "link_id", "service"],
    ["attribute", "taxonomy_term_id", "taxonomy_term"],
    ["taxonomy_term", "taxonomy_id", "taxonomy"],
    ["location", "organization_id", "organization"],
  ];
  for (const [table, column, target] of references) {
    const known = ids(target);
    const rows = tablesOf.get(table)!;
    expect({ table, rows: rows.length > 0 }).toEqual({ table, rows: true });
    const dangling = rows.filter((row) => row[column] && !known.has(row[column])).map((row) => row.id);
    expect({ table, column, dangling }).toEqual({ table, column, dangling: [] });
  }
});
