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
  // Jest 30's "soft" cleanup of globals between files recurses without end when next-auth runs in a later file
  // of the same worker (tests/fuzz/sign-in.fuzz.db.test.ts): keep globals as they are.
  testEnvironmentOptions: { globalsCleanup: "off" },
});

// next/jest leaves node_modules untransformed; a few test-only dependencies ship ESM only.
// next-auth and its dependencies are transformed for the sign-in fuzzing (tests/fuzz), which runs the real handler.
const esmOnly = [
  ...["@formatjs", "meilisearch", "uuid", "next-intl", "use-intl", "intl-messageformat", "icu-minify"],
  ...["next-auth", "@auth", "jose", "oauth4webapi", "preact", "preact-render-to-string", "@panva"],
];

module.exports = async () => {
  const resolved = await config();
  resolved.transformIgnorePatterns = [`/node_modules/(?!(${esmOnly.join("|")})/)`, "^.+\\.module\\.(css|sass|scss)$"];
  return resolved;
};
