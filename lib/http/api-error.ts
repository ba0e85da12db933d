// The one shape of an API error (docs/api.md): a code for programs and a sentence for people, plus details such
// as the failing query parameters. Every route answers its 4xx and 5xx with it, never cached: a shared cache must
// not hand one caller's 401 or a passing 503 to the next. Every code sent is in the enum of the Error schema in
// docs/openapi.yaml (lib/http/openapi-document.test.ts checks).

export function apiError(
  status: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
  headers?: HeadersInit,
): Response {
  const answer = Response.json({ error: { code, message, ...details } }, { status, headers });
  answer.headers.set("Cache-Control", "no-store");
  return answer;
}

/** 400 for a query string that failed validation, naming each failing parameter (`issues`). */
export function invalidQuery(issues: { path: string; message: string }[], headers?: HeadersInit): Response {
  return apiError(400, "invalid_query", "The query has invalid parameters; see issues.", { issues }, headers);
}
