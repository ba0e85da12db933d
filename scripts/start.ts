// npm start: prepare the database, seed when empty, build when the sources changed, serve.
// Restarting is safe (migrations and seeding are idempotent) and fast (no rebuild without a change).
import { spawn, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, listenHosts } from "@/lib/env";
import { getRegion } from "@/lib/region/region";
import { demoAccounts } from "@/lib/seed/generate-demo-data";
import { prepareDatabase } from "./prepare-database";

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "regions",
  "proxy.ts",
  "next.config.js",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const BUILD_STAMP = path.join(".next", "atlas-build-hash");

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((child) => listFiles(path.join(entry, child)));
}

/** A hash of everything the build depends on, including the public variables Next inlines at build time. */
function buildHash(): string {
  const hash = createHash("sha256");
  for (const file of BUILD_INPUTS.flatMap(listFiles)) hash.update(file).update(readFileSync(file));
  hash.update(
    JSON.stringify(
      Object.entries(process.env)
        .filter(([key]) => key.startsWith("NEXT_PUBLIC_"))
        .sort(),
    ),
  );
  return hash.digest("hex");
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function main() {
  const started = Date.now();
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  let step = Date.now();
  prepareDatabase(env.DATABASE_URL);
  console.log(`Database ready (${env.DATABASE_URL}) in ${seconds(step)}.`);

  step = Date.now();
  const { prisma } = await import("@/lib/db");
  const { seedDatabase } = await import("@/lib/seed/seed-database");
  await seedDatabase(prisma, getRegion(), { mode: env.APP_MODE, offers: 400, log: (line) => console.log(line) });
  await prisma.$disconnect();
  console.log(`Seed checked in ${seconds(step)}.`);

  const hash = buildHash();
  if (!existsSync(BUILD_STAMP) || readFileSync(BUILD_STAMP, "utf8") !== hash) {
    step = Date.now();
    console.log("Building the app (first start or changed sources)…");
    execFileSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
    writeFileSync(BUILD_STAMP, hash);
    console.log(`Built in ${seconds(step)}.`);
  }

  const port = String(env.PORT);
  const hosts = listenHosts(env).flatMap((host) => ["--host", host]);
  const server = spawn(process.execPath, ["scripts/production-server.mjs", "--port", port, ...hosts], {
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));

  console.log(
    `\nIntegrationsatlas for ${getRegion().name} is starting on http://localhost:${port} (prepared in ${seconds(started)}).`,
  );
  if (env.APP_MODE === "demo") {
    console.log("Demo mode: all organisations, offers and people are fictional. Demo accounts:");
    for (const [role, account] of Object.entries(demoAccounts)) console.log(`  ${role.padEnd(9)} ${account.email}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
