// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native SQLite bindings must be required at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  // Region files (regions/<REGION>/) and the HSDS spec's API description and table list (lib/hsds/spec) are read
  // at run time; make sure they travel with the server build.
  outputFileTracingIncludes: { "/**": ["./regions/**/*", "./lib/hsds/spec/**/*"] },
  experimental: {
    // The proxy buffers request bodies up to this size; the import upload takes 10 MB plus the form around it
    // (lib/import/import-runs.ts MAX_UPLOAD_BYTES), so the buffer must not cut it off first.
    proxyClientMaxBodySize: "11mb",
  },
  // Security headers are set per request in proxy.ts (a CSP nonce per page, HSTS from PUBLIC_URL at run time);
  // the build's static files, which the proxy skips, get the one that matters for them.
  async headers() {
    return [{ source: "/_next/static/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] }];
  },
};

module.exports = withNextIntl(nextConfig);
