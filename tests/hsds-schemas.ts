import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

// The official HSDS 3.0 JSON Schemas (lib/hsds/spec/schema, copied unchanged) in one Ajv 2020-12 validator with
// formats, each under the URL the spec's openapi.json refers to it by, so their relative $refs ("phone.json")
// resolve among the copies. The spec did not copy its generated compiled/service.json, organization.json and
// service_at_location.json (the modular schemas inlined): their URLs are mapped to the modular files.

export const HSDS_SCHEMA_BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";
const directory = path.join(process.cwd(), "lib", "hsds", "spec", "schema");

const INLINED = ["service", "organization", "service_at_location"];

function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(directory, file), "utf8")) as Record<string, unknown>;
}

export function createHsdsAjv(): Ajv2020 {
  // strict: false because the spec's schemas carry keywords of their own (constraints, core, datapackage_type).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(directory).filter((name) => name.endsWith(".json") && name !== "openapi.json")) {
    ajv.addSchema({ ...readSchema(file), $id: `${HSDS_SCHEMA_BASE}${file}` });
  }
  for (const file of readdirSync(path.join(directory, "compiled"))) {
    ajv.addSchema({ ...readSchema(path.join("compiled", file)), $id: `${HSDS_SCHEMA_BASE}compiled/${file}` });
  }
  for (const name of INLINED) {
    ajv.addSchema({ $ref: `${HSDS_SCHEMA_BASE}${name}.json` }, `${HSDS_SCHEMA_BASE}compiled/${name}.json`);
  }
  const openapi = readSchema("openapi.json") as { components: { schemas: { Page: object } } };
  ajv.addSchema(openapi.components.schemas.Page, "hsds-page");
  return ajv;
}

let shared: Ajv2020 | undefined;

/** The validator of one official schema by its path under schema/ ("service.json", "compiled/service_list.json"). */
export function hsdsValidator(schema: string): ValidateFunction {
  shared ??= createHsdsAjv();
  const validate = shared.getSchema(schema === "page" ? "hsds-page" : `${HSDS_SCHEMA_BASE}${schema}`);
  if (!validate) throw new Error(`No HSDS schema ${schema}`);
  return validate;
}

/** The errors of one record against one schema, readable in a failing test; [] when it is valid. */
export function hsdsErrors(schema: string, record: unknown): string[] {
  const validate = hsdsValidator(schema);
  if (validate(record)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`);
}
