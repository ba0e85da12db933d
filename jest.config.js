// Unit tests (*.test.ts) are pure; integration tests (*.db.test.ts) get a real SQLite file per worker, copied
// from a template that globalSetup builds from the migrations. End-to-end tests run under Playwright.
const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: "./" });

const config = createJestConfig({
  testEnvironment: "node",
  roots: ["<rootDir>/lib", "<rootDir>/prisma", "<rootDir>/app", "<rootDir>/tests", "<rootDir>/scripts"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/", "/.next/"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
  globalSetup: "<rootDir>/tests/setup/global-setup.ts",
  globalTeardown: "<rootDir>/tests/setup/global-teardown.ts",
  setupFiles: ["<rootDir>/tests/setup/per-worker-db.ts"],
  testTimeout: 30_000,
});

// next/jest leaves node_modules untransformed; a few test-only dependencies ship ESM only.
const esmOnly = ["@formatjs", "meilisearch", "next-intl", "use-intl", "intl-messageformat", "icu-minify"];

module.exports = async () => {
  const resolved = await config();
  resolved.transformIgnorePatterns = [`/node_modules/(?!(${esmOnly.join("|")})/)`, "^.+\\.module\\.(css|sass|scss)$"];
  return resolved;
};
