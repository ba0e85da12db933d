import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// `npm start` in demo mode on a public address must stop before it touches anything, in one line.
test("npm start refuses demo mode on a public PUBLIC_URL with one line naming the variable", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-start-"));
  // Without JEST_WORKER_ID (under jest the env module throws instead of exiting) and NODE_ENV.
  const { JEST_WORKER_ID: _worker, NODE_ENV: _mode, ...inherited } = process.env;
  const childEnv: NodeJS.ProcessEnv = {
    ...(inherited as NodeJS.ProcessEnv),
    APP_MODE: "demo",
    PUBLIC_URL: "https://atlas.example.org",
    DATA_DIR: dir,
    DATABASE_URL: `file:${path.join(dir, "atlas.db")}`,
  };
  const run = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    env: childEnv,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(run.status).toBe(1);
  const lines = run.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/PUBLIC_URL: is not a loopback address.*DEMO_PUBLIC=true/);
  expect(run.stdout).not.toMatch(/Database ready/);
  expect(readdirSync(dir)).toEqual([]);
});
