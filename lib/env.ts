import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// The only reader of process.env. Every variable is documented in .env.example.

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess(emptyAsUndefined, schema.default(fallback as never));

/**
 * localhost, 127.0.0.0/8 and ::1: the only places where demo mode's open mailbox reaches nobody but the person
 * at the machine.
 */
export function isLoopbackUrl(url: string): boolean {
  const { hostname } = new URL(url);
  return (
    hostname === "localhost" ||
    hostname.endsWith(".localhost") ||
    hostname === "[::1]" ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

/**
 * Where the production server listens (scripts/production-server.mjs). Demo mode's mailbox is open to whoever
 * reaches it, so unless DEMO_PUBLIC says it is a public demo, it listens on loopback only: a fresh clone started
 * on a server with no configuration is not reachable from outside. Empty = every interface.
 */
export function listenHosts(env: { APP_MODE: "demo" | "production"; DEMO_PUBLIC: boolean }): string[] {
  return env.APP_MODE === "demo" && !env.DEMO_PUBLIC ? ["127.0.0.1", "::1"] : [];
}

export const EnvSchema = z
  .object({
    NODE_ENV: withDefault(z.enum(["development", "production", "test"]), "development"),
    APP_MODE: withDefault(z.enum(["demo", "production"], { error: 'must be "demo" or "production"' }), "demo"),
    // A public demo: the development mailbox then shows only the demo accounts' mails (lib/mail/dev-mailbox.ts).
    DEMO_PUBLIC: withDefault(z.enum(["true", "false"], { error: 'must be "true" or "false"' }), "false").transform(
      (value) => value === "true",
    ),
    DATA_DIR: withDefault(z.string(), "./data"),
    DATABASE_URL: withDefault(
      z.string().regex(/^file:.+/, { error: 'must be a SQLite file URL such as "file:./data/atlas.db"' }),
      "file:./data/atlas.db",
    ),
    AUTH_SECRET: optional(z.string().min(32, { error: "must be at least 32 characters" })),
    PORT: withDefault(z.coerce.number().int().min(1).max(65535), 3000),
    // Defaults to http://localhost:PORT (see parseEnv).
    PUBLIC_URL: optional(z.url({ error: "must be an absolute URL such as https://atlas.example.org" })),
    // How many reverse proxies in front of the app append to X-Forwarded-For; 0 = clients connect directly and
    // the socket address is the client (lib/rate-limit/client-key.ts).
    TRUSTED_PROXY_HOPS: withDefault(z.coerce.number().int().min(0).max(10), 0),
    REGION: withDefault(
      z.string().regex(/^[a-z0-9-]+$/, { error: "must be the name of a folder in regions/" }),
      "kreis-guetersloh",
    ),
    MEILISEARCH_HOST: optional(z.url({ error: "must be a URL such as http://127.0.0.1:7700" })),
    MEILISEARCH_API_KEY: optional(z.string()),
    SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, { error: 'must start with "smtp://" or "smtps://"' })),
    MAIL_FROM: withDefault(z.string().min(3), "Integrationsatlas <no-reply@localhost>"),
    OFFER_STALE_AFTER_DAYS: withDefault(z.coerce.number().int().min(1).max(3650), 180),
    ESCALATE_AFTER_DAYS: withDefault(z.coerce.number().int().min(1).max(3650), 28),
    AVAILABILITY_VALID_DAYS: withDefault(z.coerce.number().int().min(1).max(365), 30),
    // Conference: registration data is cleared this many days after an event; directory profiles stay visible
    // this many days after it unless renewed.
    REGISTRATION_RETENTION_DAYS: withDefault(z.coerce.number().int().min(1).max(3650), 90),
    DIRECTORY_VISIBLE_DAYS: withDefault(z.coerce.number().int().min(1).max(3650), 56),
    // Audit events older than this lose the actor, names, addresses and reasons (lib/audit/pseudonymise.ts).
    AUDIT_RETENTION_DAYS: withDefault(z.coerce.number().int().min(30).max(3650), 365),
    NEXT_PUBLIC_TILE_URL: optional(
      z.string().includes("{z}", { error: "must be a tile URL template with {z}, {x} and {y}" }),
    ),
    // The tile provider's required attribution, shown on every map with tiles (docs/maps.md: basemap.de).
    TILE_ATTRIBUTION: optional(z.string().min(3).max(500)),
    // The most the map tile cache in DATA_DIR/tiles may take; the least recently served tiles go first.
    TILE_CACHE_MAX_MB: withDefault(z.coerce.number().int().min(1).max(100_000), 256),
  })
  .superRefine((env, ctx) => {
    if (env.APP_MODE === "demo" && !env.DEMO_PUBLIC && env.PUBLIC_URL && !isLoopbackUrl(env.PUBLIC_URL))
      ctx.addIssue({
        code: "custom",
        path: ["PUBLIC_URL"],
        message:
          "is not a loopback address, and demo mode shows every sign-in link to anyone: set APP_MODE=production, or DEMO_PUBLIC=true for a public demo",
      });
    if (env.NEXT_PUBLIC_TILE_URL && !env.TILE_ATTRIBUTION)
      ctx.addIssue({
        code: "custom",
        path: ["TILE_ATTRIBUTION"],
        message: "is required with NEXT_PUBLIC_TILE_URL: every tile provider asks to be named on the map",
      });
    if (env.APP_MODE !== "production") return;
    if (!env.AUTH_SECRET)
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production (openssl rand -base64 32)",
      });
    if (!env.SMTP_URL)
      ctx.addIssue({
        code: "custom",
        path: ["SMTP_URL"],
        message: "is required in production: sign-in links are sent by mail",
      });
  });

export type Env = z.infer<typeof EnvSchema> & { AUTH_SECRET: string; PUBLIC_URL: string };

/** Turns a failed parse into one readable message per variable. */
export function formatEnvError(error: z.ZodError): string {
  const lines = error.issues.map((issue) => `${issue.path.join(".") || "(environment)"}: ${issue.message}`);
  if (lines.length === 1) return `Invalid configuration (see .env.example): ${lines[0]}`;
  return `Invalid configuration (see .env.example):\n${lines.map((line) => `  ${line}`).join("\n")}`;
}

/**
 * In demo mode a missing AUTH_SECRET is generated once and kept in the data folder, so sessions survive a
 * restart without anyone having to set one.
 */
function readOrCreateDemoSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) throw new Error(formatEnvError(parsed.error));
  const env = parsed.data;
  return {
    ...env,
    AUTH_SECRET: env.AUTH_SECRET ?? readOrCreateDemoSecret(env.DATA_DIR),
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
  };
}

// Scripts run by tsx do not get Next's .env loading; loadEnvFile never overrides variables already set.
if (existsSync(".env") && typeof process.loadEnvFile === "function" && !process.env.NEXT_RUNTIME) {
  process.loadEnvFile(".env");
}

/**
 * A wrong configuration stops the process with its one-line message rather than a stack trace; under jest it
 * throws instead, so a test sees it.
 */
function parseEnvOrExit(source: Record<string, string | undefined>): Env {
  try {
    return parseEnv(source);
  } catch (error) {
    if (source.JEST_WORKER_ID !== undefined) throw error;
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

export const env: Env = parseEnvOrExit(process.env);
