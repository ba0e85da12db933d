/**
 * Who a request comes from, for rate limits: the first address in X-Forwarded-For (set by the reverse proxy in
 * front of the app), "unknown" without one. Not an identity: it only keeps one client from using up a limit.
 */
export function clientKeyFrom(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
