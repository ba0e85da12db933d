import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { parse } from "yaml";

// docs/openapi.yaml for the tests: checked with a standard OpenAPI validator, and its response schemas compiled
// with ajv (JSON Schema 2020-12, formats checked), the HSDS schemas it refers to by their official URLs resolved
// from the copy in lib/hsds/spec/schema. Used by lib/http/openapi-document.test.ts and tests/e2e/openapi.spec.ts.

export const OPENAPI_FILE = path.join(process.cwd(), "docs", "openapi.yaml");
const HSDS_SCHEMAS = path.join(process.cwd(), "lib", "hsds", "spec", "schema");
export const HSDS_SCHEMA_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";
const DOCUMENT_ID = "https://integrationsatlas.invalid/docs/openapi.yaml";

type Schema = Record<string, unknown>;
export type Response = { description: string; headers?: Record<string, Schema>; content?: Record<string, Schema> };
export type Parameter = { name: string; in: string; required?: boolean; schema?: Schema };
export type Operation = {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  responses: Record<string, Response | { $ref: string }>;
};
export type OpenApiDocument = {
  openapi: string;
  paths: Record<string, { get?: Operation }>;
  components: { schemas: Record<string, Schema>; responses: Record<string, Response> };
};

export function loadOpenApiDocument(): OpenApiDocument {
  return parse(readFileSync(OPENAPI_FILE, "utf8")) as OpenApiDocument;
}

/** A schema's relative $refs ("phone.json") made absolute against its URL, as JSON Schema resolves them. */
function withAbsoluteRefs(node: unknown, base: string): unknown {
  if (Array.isArray(node)) return node.map((item) => withAbsoluteRefs(item, base));
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" ? new URL(value, base).href : withAbsoluteRefs(value, base),
    ]),
  );
}

/**
 * The HSDS schemas the document refers to, by their official URLs: the local copies, and for the compiled ones
 * that are not copied (lib/hsds/spec/README.md: the modular schema with every $ref inlined) the modular one.
 */
function hsdsSchemas(): Record<string, Schema> {
  const load = (file: string, uri: string) =>
    withAbsoluteRefs(JSON.parse(readFileSync(path.join(HSDS_SCHEMAS, file), "utf8")), uri) as Schema;
  const schemas: Record<string, Schema> = {};
  for (const file of readdirSync(HSDS_SCHEMAS).filter((name) => name.endsWith(".json") && name !== "openapi.json"))
    schemas[`${HSDS_SCHEMA_URL}${file}`] = load(file, `${HSDS_SCHEMA_URL}${file}`);
  for (const file of readdirSync(path.join(HSDS_SCHEMAS, "compiled")).filter((name) => name.endsWith("_list.json")))
    schemas[`${HSDS_SCHEMA_URL}compiled/${file}`] = load(`compiled/${file}`, `${HSDS_SCHEMA_URL}compiled/${file}`);
  for (const name of ["service", "organization", "service_at_location"])
    schemas[`${HSDS_SCHEMA_URL}compiled/${name}.json`] = { $ref: `${HSDS_SCHEMA_URL}${name}.json` };
  return schemas;
}

/**
 * The verdict of @seriousme/openapi-schema-validator (the OpenAPI 3.0/3.1 JSON Schemas) on the document, with
 * the HSDS schemas it refers to. It is an ES module only, so it runs in a child process: jest's module system
 * would not load it.
 */
export function validateOpenApiDocument(file = OPENAPI_FILE): { valid: boolean; version?: string; errors?: unknown } {
  const script = `
    import { Validator } from "@seriousme/openapi-schema-validator";
    const validator = new Validator();
    for (const [uri, source] of Object.entries(JSON.parse(process.argv[2]))) await validator.addSpecRef(source, uri);
    const result = await validator.validate(process.argv[1]);
    process.stdout.write(JSON.stringify({ ...result, version: validator.version }));
  `;
  const sources = JSON.stringify(hsdsSchemas());
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", script, file, sources], {
    encoding: "utf8",
  });
  return JSON.parse(output) as { valid: boolean; version?: string; errors?: unknown };
}

const escapePointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");
const resolvePointer = (document: unknown, pointer: string): unknown =>
  pointer
    .replace(/^#\//, "")
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, segment) => (node as Record<string, unknown> | undefined)?.[segment], document);

/** The HSDS schemas under their official URLs in one ajv instance. */
function addHsdsSchemas(ajv: Ajv2020): void {
  for (const [uri, schema] of Object.entries(hsdsSchemas())) ajv.addSchema(schema, uri);
}

/** Validators of the documented responses: the body schema and the headers of one status and media type. */
export class ResponseSchemas {
  readonly document: OpenApiDocument;
  private readonly ajv: Ajv2020;

  constructor(document = loadOpenApiDocument()) {
    this.document = document;
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    addHsdsSchemas(this.ajv);
    this.ajv.addSchema(document, DOCUMENT_ID);
  }

  /** The documented response of a GET (its $ref followed) and its JSON pointer, or null when not documented. */
  response(apiPath: string, status: number): { response: Response; pointer: string } | null {
    const operation = this.document.paths[apiPath]?.get;
    const entry = operation?.responses[String(status)];
    if (!entry) return null;
    if ("$ref" in entry)
      return { response: resolvePointer(this.document, entry.$ref) as Response, pointer: entry.$ref };
    return { response: entry, pointer: `#/paths/${escapePointer(apiPath)}/get/responses/${status}` };
  }

  /** The compiled body schema of a documented response and media type. */
  body(apiPath: string, status: number, mediaType: string): ValidateFunction {
    const found = this.response(apiPath, status);
    if (!found?.response.content?.[mediaType]) throw new Error(`${apiPath} ${status} ${mediaType} is not documented`);
    return this.compile(`${found.pointer}/content/${escapePointer(mediaType)}/schema`);
  }

  /** Every documented header of a response with its compiled schema. */
  headers(apiPath: string, status: number): { name: string; validate: ValidateFunction }[] {
    const found = this.response(apiPath, status);
    return Object.entries(found?.response.headers ?? {}).map(([name, header]) => {
      const pointer =
        "$ref" in header
          ? `${header.$ref as string}/schema`
          : `${found!.pointer}/headers/${escapePointer(name)}/schema`;
      return { name, validate: this.compile(pointer) };
    });
  }

  compile(pointer: string): ValidateFunction {
    return this.ajv.getSchema(`${DOCUMENT_ID}${pointer}`) ?? this.ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
  }

  /** ajv's errors as readable lines (for a failing expectation). */
  errorsOf(validate: ValidateFunction): string[] {
    return (validate.errors ?? []).slice(0, 10).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`);
  }
}
