// The response headers every answer of this app carries (docs/decisions/011-sessions-sign-in-button-csp.md).
// Built per request by proxy.ts: pages get a Content-Security-Policy with a fresh nonce, which Next reads from
// the request's CSP header and puts on its own scripts; API answers get a policy that allows nothing to load.

export type SecurityHeaderOptions = {
  /** A fresh random value per page request; absent for API routes, which render no HTML. */
  nonce?: string;
  /** HSTS is sent only when the public address is https: over http it would be ignored, and it must not stick. */
  publicUrl: string;
  /** `next dev` needs eval for React's error overlay; production never does. */
  isDevelopment?: boolean;
};

/** 128 random bits, base64: unguessable per response, as CSP nonces must be. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The policy for an HTML page: scripts only with this response's nonce (and what they load), nothing third-party. */
export function pageContentSecurityPolicy(nonce: string, isDevelopment = false): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': the nonce'd Next runtime may load its chunks; 'self' is for browsers without CSP 3.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    // React renders style attributes (style={…}) and Leaflet writes inline styles on its panes and markers;
    // a nonce cannot cover attributes, and with a nonce in the list browsers ignore 'unsafe-inline'.
    "style-src 'self' 'unsafe-inline'",
    // Tiles come through our own proxy (/api/tiles); Leaflet and the QR codes use data: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** API answers are JSON, CSV, iCal or images: nothing in them may run, load or be framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

export function buildSecurityHeaders({ nonce, publicUrl, isDevelopment = false }: SecurityHeaderOptions): Headers {
  const headers = new Headers({
    "Content-Security-Policy":
      nonce === undefined ? API_CONTENT_SECURITY_POLICY : pageContentSecurityPolicy(nonce, isDevelopment),
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(self)",
  });
  // Two years with subdomains, as hstspreload.org asks; no "preload": that is the operator's decision.
  if (publicUrl.startsWith("https://")) headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return headers;
}
