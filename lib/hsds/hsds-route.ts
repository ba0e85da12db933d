import type { z } from "zod";
import { apiError, invalidQuery } from "@/lib/http/api-error";
import { MAX_PER_PAGE, parseHsdsRequest, type PageRequest } from "@/lib/hsds/request";
import type { HsdsPage } from "@/lib/hsds/types";

// How every /api/hsds route answers: the query validated (400 naming the parameters), a missing record as 404,
// a failure as 503 in the one error shape, lists as JSON or, with format=ndjson, one record a line. Open data
// may be read from any web page, so answers allow every origin; they carry no personal data of visitors.

const CORS = { "Access-Control-Allow-Origin": "*" };
const OPEN_DATA_HEADERS = { ...CORS, "Cache-Control": "public, max-age=60" };

export function openDataJson(body: unknown): Response {
  return Response.json(body, { headers: OPEN_DATA_HEADERS });
}

async function guarded(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    console.error("HSDS answer failed:", error);
    return apiError(
      503,
      "hsds_unavailable",
      "Open data is unavailable at the moment. Please try again shortly.",
      {},
      {
        "Retry-After": "5",
      },
    );
  }
}

type ListRequest = PageRequest;

/**
 * A list: JSON with the spec's Page fields, or with format=ndjson every record without paging ("stream all the
 * results", the spec says), one a line, read page by page while it is sent.
 */
export function answerHsdsList<S extends z.ZodType<ListRequest>>(
  schema: S,
  params: URLSearchParams,
  list: (request: z.infer<S>) => HsdsPage<unknown> | Promise<HsdsPage<unknown>>,
): Promise<Response> {
  const parsed = parseHsdsRequest(schema, params);
  if (!parsed.ok) return Promise.resolve(invalidQuery(parsed.issues, CORS));
  const request = parsed.request;
  return guarded(async () => {
    if (request.format === "json") return openDataJson(await list(request));
    const first = await list({ ...request, page: 1, per_page: MAX_PER_PAGE });
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        try {
          for (
            let page = first, number = 1;
            ;
            page = await list({ ...request, page: ++number, per_page: MAX_PER_PAGE })
          ) {
            for (const record of page.contents) controller.enqueue(encoder.encode(`${JSON.stringify(record)}\n`));
            if (page.last_page) break;
          }
          controller.close();
        } catch (error) {
          console.error("HSDS stream failed:", error);
          controller.error(error);
        }
      },
    });
    return new Response(stream, { headers: { ...OPEN_DATA_HEADERS, "Content-Type": "application/x-ndjson" } });
  });
}

/** One record by its id: 404 when there is no public record with it. */
export function answerHsdsRecord<S extends z.ZodType>(
  what: string,
  schema: S,
  params: URLSearchParams,
  find: (request: z.infer<S>) => unknown,
): Promise<Response> {
  const parsed = parseHsdsRequest(schema, params);
  if (!parsed.ok) return Promise.resolve(invalidQuery(parsed.issues, CORS));
  return guarded(async () => {
    const record = await find(parsed.request);
    return record
      ? openDataJson(record)
      : apiError(404, "not_found", `There is no public ${what} with this id.`, {}, CORS);
  });
}
