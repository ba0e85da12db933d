import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const restrictDatabase = {
  paths: [
    { name: "@/lib/db", message: "Only lib/** (and seeds, tests) talk to the database: call a lib/<domain> query." },
  ],
  patterns: [
    {
      group: ["@/generated/*", "**/generated/prisma/*"],
      message: "Prisma types stay in lib/: pass DTOs to routes and components.",
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "generated/**",
      "data/**",
      "node_modules/**",
      "tests/.tmp/**",
      "next-env.d.ts",
      "coverage/**",
      "playwright-report/**",
      "test-results/**",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration from @/lib/env.",
        },
      ],
    },
  },
  // Dependency direction: app → lib/<domain> → lib/{db,env,…}. Routes and components never reach the database.
  {
    files: ["app/**", "components/**", "proxy.ts"],
    rules: { "no-restricted-imports": ["error", restrictDatabase] },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          ...restrictDatabase,
          patterns: [
            ...restrictDatabase.patterns,
            { group: ["@/app/*"], message: "components/ never import from app/." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["@/app/*", "@/components/*"], message: "lib/ decides; it never imports routes or UI." }],
        },
      ],
    },
  },
  // The places allowed to read process.env: the env module itself and the tooling around the app.
  {
    files: [
      "lib/env.ts",
      "instrumentation.ts",
      "prisma.config.ts",
      "next.config.js",
      "scripts/**",
      "tests/**",
      "jest.config.js",
      "playwright.config.ts",
      "**/*.test.ts",
    ],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // Jest's asymmetric matchers (expect.any, expect.stringMatching) are typed `any` by design.
  { files: ["**/*.test.ts"], rules: { "@typescript-eslint/no-unsafe-assignment": "off" } },
  // next.config.js and jest.config.js stay CommonJS, as Next and next/jest load them.
  { files: ["next.config.js", "jest.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
);
