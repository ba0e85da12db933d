// The one shape of an API error (docs/api.md): a code for programs and a sentence for people, plus details such
// as the failing query parameters. Every route answers its 4xx and 5xx with it.

export function apiError(
  status: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
  headers?: HeadersInit,
): Response {
  return Response.json({ error: { code, message, ...details } }, { status, headers });
}
