// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native SQLite bindings must be required at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  // Region files are read at run time from regions/<REGION>/; make sure they travel with the server build.
  outputFileTracingIncludes: { "/**": ["./regions/**/*"] },
  // Security headers are set per request in proxy.ts (a CSP nonce per page, HSTS from PUBLIC_URL at run time);
  // the build's static files, which the proxy skips, get the one that matters for them.
  async headers() {
    return [{ source: "/_next/static/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] }];
  },
};

module.exports = withNextIntl(nextConfig);
