/**
 * Who a request comes from, for rate limits: the last address in X-Forwarded-For, the one the reverse proxy in
 * front of the app appended (earlier entries are whatever the client sent, so they cannot be trusted), or
 * "unknown" without one. Not an identity: it only keeps one client from using up a limit.
 */
export function clientKeyFrom(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "unknown";
}
