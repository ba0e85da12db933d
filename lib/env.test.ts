import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseEnv } from "@/lib/env";

const dataDir = () => mkdtempSync(path.join(tmpdir(), "atlas-env-"));

describe("parseEnv", () => {
  test("an empty environment gives the embedded defaults of demo mode", () => {
    const env = parseEnv({ DATA_DIR: dataDir() });
    expect(env).toMatchObject({
      APP_MODE: "demo",
      DATABASE_URL: "file:./data/atlas.db",
      PORT: 3000,
      REGION: "kreis-guetersloh",
    });
    expect(env.MEILISEARCH_HOST).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
  });

  test("empty strings count as unset, as they do in a copied .env.example", () => {
    expect(parseEnv({ DATA_DIR: dataDir(), MEILISEARCH_HOST: "", SMTP_URL: "" }).MEILISEARCH_HOST).toBeUndefined();
  });

  test("in demo mode a missing AUTH_SECRET is generated once and kept in the data folder", () => {
    const dir = dataDir();
    const first = parseEnv({ DATA_DIR: dir }).AUTH_SECRET;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8").trim()).toBe(first);
    expect(parseEnv({ DATA_DIR: dir }).AUTH_SECRET).toBe(first);
  });

  test("production mode requires AUTH_SECRET and SMTP_URL and says so per variable", () => {
    const dir = dataDir();
    expect(() => parseEnv({ DATA_DIR: dir, APP_MODE: "production" })).toThrow(
      /AUTH_SECRET: is required in production[\s\S]*SMTP_URL: is required in production/,
    );
    expect(existsSync(path.join(dir, "auth-secret"))).toBe(false);
  });

  test("invalid values fail with a readable message naming the variable", () => {
    expect(() => parseEnv({ DATA_DIR: dataDir(), DATABASE_URL: "postgres://x", PORT: "http" })).toThrow(
      /Invalid configuration[\s\S]*DATABASE_URL: must be a SQLite file URL[\s\S]*PORT:/,
    );
    expect(() => parseEnv({ DATA_DIR: dataDir(), SMTP_URL: "mail.example.org" })).toThrow(/SMTP_URL: must start with/);
  });

  test("a production configuration passes", () => {
    const env = parseEnv({
      DATA_DIR: dataDir(),
      APP_MODE: "production",
      AUTH_SECRET: "x".repeat(40),
      SMTP_URL: "smtp://mail.example.org:587",
    });
    expect(env.APP_MODE).toBe("production");
  });
});
