// npm run bench:search [-- --offers 10000,100000 --rounds 50 --seconds 10]
// For each size: seed a temporary database, run the in-process half (bench-search-worker.ts), then start
// `next start` on it and measure the same mix over HTTP, sequentially (latency) and with autocannon
// (throughput, 10 connections). All traffic stays on 127.0.0.1; the server is stopped afterwards.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { z } from "zod";
import { benchQueryMix } from "./bench-search-mix";

const { values } = parseArgs({
  options: {
    offers: { type: "string" },
    rounds: { type: "string" },
    seconds: { type: "string" },
    port: { type: "string" },
  },
});
const args = z
  .object({
    offers: z
      .string()
      .regex(/^\d+(,\d+)*$/)
      .transform((v) => v.split(",").map(Number)),
    rounds: z.coerce.number().int().min(5).max(1_000),
    seconds: z.coerce.number().int().min(1).max(60),
    port: z.coerce.number().int().min(1024).max(65535),
  })
  .parse({
    offers: values.offers ?? "10000",
    rounds: values.rounds ?? "50",
    seconds: values.seconds ?? "10",
    port: values.port ?? "3199",
  });

type WorkerOutput = {
  documents: number;
  reindexSeconds: number;
  snapshotSeconds: number;
  heapMb: number;
  savedToSearchableMs: number;
  found: number;
  results: {
    name: string;
    engine: { p50: number; p95: number; p99: number };
    naive: { p50: number; p95: number; p99: number };
    speedup: number;
  }[];
};

const ms = (value: number) => value.toFixed(2).padStart(8);

async function waitForServer(url: string, timeoutMs = 120_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${url} did not start`);
}

async function httpLatency(base: string, rounds: number) {
  const rows = [];
  for (const { name, query } of benchQueryMix) {
    const times: number[] = [];
    for (let i = 0; i < rounds + 3; i++) {
      const started = performance.now();
      const response = await fetch(`${base}/api/v1/search?${query}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${name}: HTTP ${response.status}`);
      if (i >= 3) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
    rows.push({ name, p50: at(50), p95: at(95), p99: at(99) });
  }
  return rows;
}

async function throughput(base: string, seconds: number) {
  const result = await autocannon({
    url: base,
    connections: 10,
    duration: seconds,
    requests: benchQueryMix.map(({ query }) => ({ method: "GET", path: `/api/v1/search?${query}` })),
  });
  return { requestsPerSecond: result.requests.average, errors: result.errors + result.non2xx, p99: result.latency.p99 };
}

async function benchSize(offers: number) {
  const directory = mkdtempSync(path.join(tmpdir(), "atlas-bench-search-"));
  const env = {
    ...process.env,
    DATABASE_URL: `file:${path.join(directory, "bench.db")}`,
    DATA_DIR: directory,
    APP_MODE: "demo",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  try {
    console.log(`\n=== ${offers.toLocaleString("en")} offers ===`);
    execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env, stdio: "ignore" });
    let started = Date.now();
    execFileSync("npx", ["tsx", "prisma/seed.ts", "--offers", String(offers)], {
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const output = JSON.parse(
      execFileSync("npx", ["tsx", "scripts/bench-search-worker.ts", String(args.rounds)], { env, encoding: "utf8" })
        .trim()
        .split("\n")
        .pop()!,
    ) as WorkerOutput;

    console.log(
      `documents ${output.documents}, full reindex ${output.reindexSeconds.toFixed(2)} s (+${output.heapMb.toFixed(0)} MB heap), snapshot ${output.snapshotSeconds.toFixed(2)} s`,
    );
    console.log(`saved offer searchable after ${output.savedToSearchableMs.toFixed(1)} ms (found: ${output.found})`);
    console.log(`\nin-process, ms          engine p50  p95     p99   | naive p50  p95     p99   | speed-up (p50)`);
    for (const row of output.results) {
      console.log(
        `${row.name.padEnd(22)}${ms(row.engine.p50)}${ms(row.engine.p95)}${ms(row.engine.p99)} |${ms(row.naive.p50)}${ms(row.naive.p95)}${ms(row.naive.p99)} | ${row.speedup.toFixed(0)}×`,
      );
    }

    const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "--port", String(args.port)], {
      env,
      stdio: "ignore",
      detached: true,
    });
    const base = `http://127.0.0.1:${args.port}`;
    try {
      started = Date.now();
      await waitForServer(`${base}/api/health`);
      console.log(`\nserver ready with the index in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const latency = await httpLatency(base, args.rounds);
      console.log(`HTTP, sequential, ms    p50     p95     p99`);
      for (const row of latency) console.log(`${row.name.padEnd(22)}${ms(row.p50)}${ms(row.p95)}${ms(row.p99)}`);
      const load = await throughput(base, args.seconds);
      console.log(
        `HTTP mix with autocannon, 10 connections, ${args.seconds} s: ${load.requestsPerSecond.toFixed(0)} requests/s, p99 ${load.p99} ms, errors ${load.errors}`,
      );
    } finally {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function main() {
  for (const offers of args.offers) await benchSize(offers);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
