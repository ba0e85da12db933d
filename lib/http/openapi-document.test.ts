import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { loadOpenApiDocument, ResponseSchemas, validateOpenApiDocument } from "@/tests/openapi-document";

// docs/openapi.yaml is the API as it is: a valid OpenAPI 3.1 document (checked by a standard validator), one path
// per route under app/api, and the error codes the code sends. tests/e2e/openapi.spec.ts checks live answers.

const document = loadOpenApiDocument();

/** Every route file under a folder, as the OpenAPI path it serves ("[slug]" → "{slug}"). */
function routePaths(folder: string): string[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts")
        found.push(`/${path.relative("app", directory).split(path.sep).join("/")}`.replace(/\[([^\]]+)\]/g, "{$1}"));
    }
  };
  walk(folder);
  return found.sort();
}

/** The codes of every apiError(…) call in the app's code. */
function sentErrorCodes(): string[] {
  const codes = new Set<string>();
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
        for (const match of readFileSync(full, "utf8").matchAll(/apiError\(\s*[\w.]+,\s*"([a-z_]+)"/g))
          codes.add(match[1]!);
    }
  };
  for (const folder of ["app", "lib"]) walk(folder);
  return [...codes].sort();
}

const errorCodes = (
  document.components.schemas.Error as { properties: { error: { properties: { code: { enum: string[] } } } } }
).properties.error.properties.code.enum;

test("is a valid OpenAPI 3.1 document, its HSDS references resolved from the official schemas", () => {
  expect(validateOpenApiDocument()).toEqual({ valid: true, version: "3.1" });
});

test("the validator is not a formality: a document with a broken response is refused", () => {
  const broken = structuredClone(document) as unknown as { paths: Record<string, { get: { responses: unknown } }> };
  broken.paths["/api/v1/search"]!.get.responses = { "200": { content: "no" } };
  const file = path.join(os.tmpdir(), `openapi-broken-${process.pid}.yaml`);
  writeFileSync(file, stringify(broken));

  expect(validateOpenApiDocument(file).valid).toBe(false);
});

test("documents every route under app/api (sign-in's Auth.js routes aside) and nothing else", () => {
  const routes = routePaths("app/api").filter(
    (route) => !route.startsWith("/api/auth/") && !route.startsWith("/api/hsds"),
  );
  const documented = Object.keys(document.paths).filter((route) => !route.startsWith("/api/hsds"));

  expect(documented.sort()).toEqual(routes);
});

test("documents every HSDS route under app/api/hsds and nothing else", () => {
  const routes = routePaths("app/api/hsds");
  const documented = Object.keys(document.paths).filter((route) => route.startsWith("/api/hsds"));

  expect(documented.sort()).toEqual(routes);
});

test("the Error schema lists exactly the codes that the code sends", () => {
  expect([...errorCodes].sort()).toEqual(sentErrorCodes());
});

test("every 4xx and 5xx is an Error answer that is never cached (the health check's 503 is its report)", () => {
  const schemas = new ResponseSchemas(document);
  const errors = Object.entries(document.paths).flatMap(([route, item]) =>
    Object.keys(item.get!.responses)
      .filter((status) => Number(status) >= 400 && route !== "/api/health")
      .map((status) => [route, Number(status)] as const),
  );
  expect(errors.length).toBeGreaterThan(20);
  for (const [route, status] of errors) {
    const body = schemas.body(route, status, "application/json");
    expect([route, status, body({ error: { code: "not_found", message: "No." } })]).toEqual([route, status, true]);
    expect([route, status, body({ hits: [] })]).toEqual([route, status, false]);
    const cacheControl = schemas.headers(route, status).find((header) => header.name === "Cache-Control");
    expect([route, status, cacheControl?.validate("no-store")]).toEqual([route, status, true]);
  }
});

test("every documented response schema compiles, the HSDS ones against the official schemas", () => {
  const schemas = new ResponseSchemas(document);
  for (const [route, item] of Object.entries(document.paths))
    for (const status of Object.keys(item.get!.responses)) {
      const content = schemas.response(route, Number(status))!.response.content ?? {};
      // Only a 304 has no body.
      if (status !== "304") expect([route, status, Object.keys(content).length]).not.toEqual([route, status, 0]);
      for (const mediaType of Object.keys(content))
        expect(typeof schemas.body(route, Number(status), mediaType)).toBe("function");
    }
  const service = schemas.body("/api/hsds/services/{id}", 200, "application/json");
  expect(service({ id: "8e5e4a2e-8f8e-4c71-9a57-5a0b2a3f1c11", name: "Migrationsberatung", status: "active" })).toBe(
    true,
  );
  expect(service({ id: "not-a-uuid", name: "Migrationsberatung", status: "active" })).toBe(false);
});
