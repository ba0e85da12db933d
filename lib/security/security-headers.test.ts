import {
  API_CONTENT_SECURITY_POLICY,
  buildSecurityHeaders,
  createNonce,
  pageContentSecurityPolicy,
} from "@/lib/security/security-headers";

/** The CSP as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

test("a page's scripts run only with this response's nonce: no 'unsafe-inline', no eval, nothing third-party", () => {
  const policy = directives(pageContentSecurityPolicy("abc123=="));
  expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("connect-src")).toEqual(["'self'"]);
  expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);
  for (const [name, sources] of policy)
    for (const source of sources) expect(`${name} ${source}`).not.toMatch(/https?:|\*|'unsafe-eval'/);
});

test("only development allows eval, for React's error overlay", () => {
  expect(directives(pageContentSecurityPolicy("n", true)).get("script-src")).toContain("'unsafe-eval'");
});

test("pages get the page policy with the nonce, API answers a policy that allows nothing", () => {
  const page = buildSecurityHeaders({ nonce: "n0nce", publicUrl: "http://localhost:3000" });
  expect(page.get("Content-Security-Policy")).toBe(pageContentSecurityPolicy("n0nce"));
  const api = buildSecurityHeaders({ publicUrl: "http://localhost:3000" });
  expect(api.get("Content-Security-Policy")).toBe(API_CONTENT_SECURITY_POLICY);
  expect(directives(API_CONTENT_SECURITY_POLICY).get("default-src")).toEqual(["'none'"]);
  for (const headers of [page, api]) {
    expect(headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
  }
});

test("HSTS is sent when the public address is https, and never over http", () => {
  expect(buildSecurityHeaders({ publicUrl: "https://atlas.example.org" }).get("Strict-Transport-Security")).toBe(
    "max-age=63072000; includeSubDomains",
  );
  expect(buildSecurityHeaders({ publicUrl: "http://localhost:3000" }).has("Strict-Transport-Security")).toBe(false);
  expect(buildSecurityHeaders({ publicUrl: "http://https.example.org" }).has("Strict-Transport-Security")).toBe(false);
});

test("nonces are 128 random bits, different every time", () => {
  const nonces = new Set(Array.from({ length: 1000 }, createNonce));
  expect(nonces.size).toBe(1000);
  for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
});
