import { readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { getRegion } from "@/lib/region/region";

// The HSDS API description this instance serves at /api/hsds/openapi.json: the spec's own openapi.json
// (lib/hsds/spec, unchanged on disk) with this API's title, licence and server filled in, and the two
// filters it adds to the spec's documented as extensions.

type Operation = { parameters?: unknown[] };
type Description = { info: Record<string, unknown>; servers?: unknown[]; paths: Record<string, { get: Operation }> };

const extensionParameters = [
  {
    name: "municipality",
    in: "query",
    required: false,
    description:
      "Extension: only services offered in this municipality (its slug, the code of its taxonomy term); repeatable, OR.",
    schema: { type: "string" },
  },
  {
    name: "topic",
    in: "query",
    required: false,
    description: "Extension: only services on this topic (its slug, the code of its taxonomy term); repeatable, OR.",
    schema: { type: "string" },
  },
];

export function hsdsApiDescription(): Description {
  const file = path.join(process.cwd(), "lib", "hsds", "spec", "schema", "openapi.json");
  const description = JSON.parse(readFileSync(file, "utf8")) as Description;
  const region = getRegion();
  description.info = {
    title: `Integrationsatlas ${region.name}: HSDS 3.0 API`,
    version: "1.0.0",
    summary: `The public offers and organisations of the integration network ${region.name} in Open Referral HSDS 3.0.`,
    description:
      "Read-only. Texts are German. The whole data set is also a tabular data package: /api/hsds/datapackage.zip.",
    contact: { name: region.operator, url: env.PUBLIC_URL, email: region.contactEmail },
    license: region.openDataLicence,
  };
  description.servers = [{ url: `${env.PUBLIC_URL}/api/hsds` }];
  for (const route of ["/services", "/service_at_locations"]) {
    const operation = description.paths[route]!.get;
    operation.parameters = [...(operation.parameters ?? []), ...extensionParameters];
  }
  return description;
}
