import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// Links that act without a sign-in (confirm an offer, set its places-free status, confirm a new e-mail address)
// carry a payload signed with AUTH_SECRET and an expiry. Single use is each action's business: it compares the
// payload with the current state (see lib/freshness/freshness-links.ts).

export type TokenCheck<P> = { ok: true; payload: P } | { ok: false; reason: "malformed" | "tampered" | "expired" };

function sign(purpose: string, body: string, secret: string): string {
  return createHmac("sha256", secret).update(`${purpose}.${body}`).digest("base64url");
}

export function createSignedToken(
  purpose: string,
  payload: Record<string, unknown>,
  expiresAt: Date,
  secret = env.AUTH_SECRET,
): string {
  const body = Buffer.from(JSON.stringify({ ...payload, exp: expiresAt.getTime() })).toString("base64url");
  return `${body}.${sign(purpose, body, secret)}`;
}

/**
 * Checks signature and expiry; the purpose is part of the signature, so a token for one action fits no other.
 * Takes anything: a token arrives from a query string or a server action's argument.
 */
export function verifySignedToken<P>(
  purpose: string,
  token: unknown,
  parse: (value: unknown) => P | null,
  now: Date = new Date(),
  secret = env.AUTH_SECRET,
): TokenCheck<P> {
  if (typeof token !== "string") return { ok: false, reason: "malformed" };
  const [body, signature, ...rest] = token.split(".");
  if (!body || !signature || rest.length > 0) return { ok: false, reason: "malformed" };
  const expected = Buffer.from(sign(purpose, body, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "tampered" };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const exp = (decoded as { exp?: unknown } | null)?.exp;
  if (typeof exp !== "number") return { ok: false, reason: "malformed" };
  if (exp < now.getTime()) return { ok: false, reason: "expired" };
  const payload = parse(decoded);
  return payload === null ? { ok: false, reason: "malformed" } : { ok: true, payload };
}
