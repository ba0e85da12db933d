import { apiError } from "@/lib/http/api-error";

test("an error answer has the one shape, its status and is never cached, whatever headers are given", async () => {
  const response = apiError(
    503,
    "search_unavailable",
    "Try again.",
    {},
    { "Retry-After": "5", "Cache-Control": "max-age=60" },
  );

  expect(response.status).toBe(503);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("retry-after")).toBe("5");
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(await response.json()).toEqual({ error: { code: "search_unavailable", message: "Try again." } });
});

test("details sit beside code and message", async () => {
  const issues = [{ path: "radius", message: "must be at most 100 km" }];

  const response = apiError(400, "invalid_query", "See issues.", { issues });

  expect(await response.json()).toEqual({ error: { code: "invalid_query", message: "See issues.", issues } });
});
