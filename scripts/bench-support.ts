// What the in-process benchmarks share: a temporary database seeded with N offers that the app's modules then
// open, and timing figures. Import the app's modules only after seedTemporaryDatabase, which points the
// environment at the temporary database.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Migrates and seeds a temporary database with `offers` demo offers; returns its folder and how to remove it. */
export function seedTemporaryDatabase(name: string, offers: number): { directory: string; remove: () => void } {
  const directory = mkdtempSync(path.join(tmpdir(), `atlas-bench-${name}-`));
  Object.assign(process.env, {
    DATABASE_URL: `file:${path.join(directory, "bench.db")}`,
    DATA_DIR: directory,
    APP_MODE: "demo",
  });
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { stdio: "ignore" });
  execFileSync("npx", ["tsx", "prisma/seed.ts", "--offers", String(offers)], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { directory, remove: () => rmSync(directory, { recursive: true, force: true }) };
}

export function percentiles(times: number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

/** Two warm-up runs, then `rounds` timed ones. */
export async function measure(rounds: number, run: () => Promise<unknown>) {
  for (let i = 0; i < 2; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return percentiles(times);
}
