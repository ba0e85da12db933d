// npm run fuzz [-- --runs 10000 --seed 42 --json figures.json --workers 3 --only NAME] [FILE PATTERN …, default
// all of tests/fuzz]; --only keeps the boundaries whose test name matches (jest -t).
// Sends generated inputs through every public boundary (route handlers, server actions, the pages' query
// strings, sign-in; tests/fuzz) — 10,000 per boundary by default — and prints the figures: what each answered,
// how many 4xx did not say why, and how long it took. The jest files are the same that `npm test` runs with
// 100 inputs; exit code 1 when any boundary had a finding.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import type { Figures } from "@/tests/fuzz/fuzz-harness";

const { values, positionals } = parseArgs({
  options: {
    runs: { type: "string" },
    seed: { type: "string" },
    json: { type: "string" },
    workers: { type: "string" },
    only: { type: "string" },
  },
  allowPositionals: true,
});
const args = z
  .object({ runs: z.coerce.number().int().min(1).max(1_000_000), seed: z.coerce.number().int().optional() })
  .parse({ runs: values.runs ?? "10000", seed: values.seed });

const figuresDir = mkdtempSync(path.join(tmpdir(), "atlas-fuzz-"));
const started = Date.now();
const jestArgs = [
  ...(values.workers ? [`--maxWorkers=${z.coerce.number().int().min(1).max(16).parse(values.workers)}`] : []),
  ...(values.only ? ["-t", values.only] : []),
  ...(positionals.length > 0 ? positionals : ["tests/fuzz"]),
];
const jest = spawnSync("npx", ["jest", ...jestArgs], {
  stdio: "inherit",
  env: {
    ...process.env,
    FUZZ_RUNS: String(args.runs),
    FUZZ_FIGURES_DIR: figuresDir,
    ...(args.seed !== undefined ? { FUZZ_SEED: String(args.seed) } : {}),
  },
});

const figures = readdirSync(figuresDir)
  .map((file) => JSON.parse(readFileSync(path.join(figuresDir, file), "utf8")) as Figures)
  .sort((a, b) => a.boundary.localeCompare(b.boundary));
rmSync(figuresDir, { recursive: true, force: true });

const columns = ["boundary", "inputs", "2xx", "3xx", "4xx", "5xx", "4xx unexplained", "time s"] as const;
const rows = figures.map((f) => [
  `\`${f.boundary}\``,
  f.inputs.toLocaleString("en"),
  String(f["2xx"]),
  String(f["3xx"]),
  String(f["4xx"]),
  String(f["5xx"]),
  String(f.unexplained4xx),
  (f.ms / 1000).toFixed(1),
]);
const sum = (pick: (f: Figures) => number) => figures.reduce((total, f) => total + pick(f), 0);
rows.push([
  `**${figures.length} boundaries**`,
  sum((f) => f.inputs).toLocaleString("en"),
  String(sum((f) => f["2xx"])),
  String(sum((f) => f["3xx"])),
  String(sum((f) => f["4xx"])),
  String(sum((f) => f["5xx"])),
  String(sum((f) => f.unexplained4xx)),
  (sum((f) => f.ms) / 1000).toFixed(1),
]);
console.log(`\n| ${columns.join(" | ")} |\n| --- |${" ---: |".repeat(columns.length - 1)}`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
const findings = figures.filter((f) => f.findings.length > 0);
for (const f of findings)
  console.log(`\nFindings of ${f.boundary} (seed ${f.seed}):`, JSON.stringify(f.findings, null, 2));

const report = {
  runsPerBoundary: args.runs,
  wallClockSeconds: Math.round((Date.now() - started) / 1000),
  figures: figures.map(({ findings: found, ...rest }) => ({ ...rest, findings: found.length })),
};
console.log(`\n${JSON.stringify(report)}`);
if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2));
process.exit(jest.status === 0 && findings.length === 0 ? 0 : 1);
