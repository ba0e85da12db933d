import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { listenHosts, parseEnv } from "@/lib/env";

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

  describe("demo mode on a public address (its mailbox shows every sign-in link)", () => {
    test.each(["http://localhost:3000", "http://127.0.0.1:3000", "http://127.8.9.10", "http://[::1]:3000"])(
      "runs on the loopback address %s",
      (url) => expect(parseEnv({ DATA_DIR: dataDir(), PUBLIC_URL: url }).PUBLIC_URL).toBe(url),
    );

    test.each([
      "https://atlas.example.org",
      "http://192.168.1.5:3000",
      "http://128.0.0.1",
      "http://localhost.evil.org",
    ])("refuses %s in one line naming PUBLIC_URL", (url) => {
      const run = () => parseEnv({ DATA_DIR: dataDir(), PUBLIC_URL: url });
      expect(run).toThrow(
        /^Invalid configuration \(see \.env\.example\): PUBLIC_URL: is not a loopback address[^\n]*DEMO_PUBLIC=true/,
      );
    });

    test("DEMO_PUBLIC=true allows it; a production instance never needs it", () => {
      expect(
        parseEnv({ DATA_DIR: dataDir(), PUBLIC_URL: "https://demo.example.org", DEMO_PUBLIC: "true" }),
      ).toMatchObject({
        DEMO_PUBLIC: true,
      });
      expect(() =>
        parseEnv({ DATA_DIR: dataDir(), PUBLIC_URL: "https://demo.example.org", DEMO_PUBLIC: "yes" }),
      ).toThrow(/DEMO_PUBLIC: must be "true" or "false"/);
    });
  });

  test("demo mode listens on loopback only, unless it is a public demo; production everywhere", () => {
    expect(listenHosts(parseEnv({ DATA_DIR: dataDir() }))).toEqual(["127.0.0.1", "::1"]);
    const publicDemo = parseEnv({ DATA_DIR: dataDir(), DEMO_PUBLIC: "true", PUBLIC_URL: "https://demo.example.org" });
    expect(listenHosts(publicDemo)).toEqual([]);
    expect(listenHosts({ APP_MODE: "production", DEMO_PUBLIC: false })).toEqual([]);
  });

  test("TRUSTED_PROXY_HOPS defaults to 0 (the socket address) and takes a small count", () => {
    expect(parseEnv({ DATA_DIR: dataDir() }).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ DATA_DIR: dataDir(), TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(() => parseEnv({ DATA_DIR: dataDir(), TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });

  test("map tiles need the provider's attribution", () => {
    const tiles = { DATA_DIR: dataDir(), NEXT_PUBLIC_TILE_URL: "https://tiles.example.org/{z}/{x}/{y}.png" };
    expect(() => parseEnv(tiles)).toThrow(/TILE_ATTRIBUTION: is required with NEXT_PUBLIC_TILE_URL/);
    expect(parseEnv({ ...tiles, TILE_ATTRIBUTION: "© Example tiles" }).TILE_ATTRIBUTION).toBe("© Example tiles");
  });

  test("a production configuration passes", () => {
    const env = parseEnv({
      DATA_DIR: dataDir(),
      APP_MODE: "production",
      AUTH_SECRET: "x".repeat(40),
      SMTP_URL: "smtp://mail.example.org:587",
      PUBLIC_URL: "https://atlas.example.org",
    });
    expect(env.APP_MODE).toBe("production");
  });
});
