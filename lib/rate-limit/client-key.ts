import { env } from "@/lib/env";

// Who a request comes from, for rate limits. Not an identity: it only keeps one client from using up a limit.
//
// X-Forwarded-For is a list anyone can write; only the entries appended by proxies we run can be trusted. With
// TRUSTED_PROXY_HOPS = 0 nothing in it is trusted and the client is the address of the connection, which the
// production server (scripts/production-server.mjs) puts into SOCKET_ADDRESS_HEADER after removing whatever the
// client sent under that name. With N proxies, each appends the address it saw, so the Nth entry from the right
// is the one the outermost proxy saw: the client. A request with fewer entries did not pass all the proxies
// (someone reached the app around them) and is keyed by its connection.

export const SOCKET_ADDRESS_HEADER = "x-atlas-socket-address";

/** The first four groups of an IPv6 address, expanded ("2001:db8::1" → "2001:db8:0:0"), or null. */
function ipv6Prefix64(address: string): string | null {
  if (!/^[0-9a-f:]+$/.test(address) || !address.includes(":")) return null;
  const [head = "", tail, ...rest] = address.split("::");
  if (rest.length > 0) return null;
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  if (groups.length !== 8 || groups.some((group) => group.length === 0 || group.length > 4)) return null;
  return groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":");
}

/**
 * "::ffff:203.0.113.7" and "203.0.113.7" are one client, and so is a whole IPv6 /64: a household or a server
 * gets one and picks its addresses in it freely.
 */
function normalise(address: string): string {
  const trimmed = address.trim().toLowerCase();
  if (trimmed.startsWith("::ffff:") && trimmed.includes(".")) return trimmed.slice(7);
  const prefix = ipv6Prefix64(trimmed);
  return prefix ? `${prefix}::/64` : trimmed;
}

export function clientKeyFrom(headers: Headers, trustedHops: number = env.TRUSTED_PROXY_HOPS): string {
  const socket = normalise(headers.get(SOCKET_ADDRESS_HEADER) ?? "");
  if (trustedHops > 0) {
    const forwarded = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    const client = forwarded.at(-trustedHops);
    if (client && forwarded.length >= trustedHops) return normalise(client);
  }
  // Without the production server (next dev) there is no socket address: one shared key, never a forged one.
  return socket || "unknown";
}
