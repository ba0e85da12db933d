// npm run bench:import [-- --rows 10000 --baseline 1000 --json]
// Generates a spreadsheet of N offers (about 12 per organisation, every tenth row without coordinates, one row in
// fifty bad) and imports it into a fresh temporary database: dry run, real run, and the same file again (which
// must change nothing), with a smaller file as the baseline in the same run. Prints the times and JSON.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

const { values } = parseArgs({
  options: {
    rows: { type: "string" },
    baseline: { type: "string" },
    json: { type: "boolean", default: false },
    child: { type: "string" },
  },
});
const count = (value: string | undefined, fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(10)
    .max(200_000)
    .parse(value ?? fallback);

const TOWNS = [
  ["Gütersloh", "33330"],
  ["Verl", "33415"],
  ["Rietberg", "33397"],
  ["Rheda-Wiedenbrück", "33378"],
  ["Harsewinkel", "33428"],
  ["Halle (Westf.)", "33790"],
  ["Steinhagen", "33803"],
  ["Versmold", "33775"],
] as const;
const TOPICS = ["Sprache und Bildung", "Arbeit und Wirtschaft", "Gesundheit und Pflege", "zusammenleben-teilhabe"];
const KINDS = ["Sprachcafé", "Beratung", "Deutschkurs", "Hausaufgabenhilfe", "Frauentreff", "Bewerbungstraining"];

function spreadsheet(rows: number): string {
  const header = "ID;Angebot;Träger;Beschreibung;Straße;PLZ;Ort;E-Mail;Sprachen;Themen;Kosten;Breitengrad;Längengrad";
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const [town, postcode] = TOWNS[i % TOWNS.length]!;
    const organisation = `Träger ${Math.floor(i / 12)} ${town}`;
    const bad = i % 50 === 49;
    const located = i % 10 !== 0;
    lines.push(
      [
        `B-${i}`,
        `${KINDS[i % KINDS.length]} ${i}`,
        organisation,
        `Ein Angebot für alle, die Hilfe im Alltag suchen: Nummer ${i} in ${town}, offen und kostenlos.`,
        located ? `Hauptstraße ${i % 90}` : "",
        postcode,
        town,
        bad ? "keine-adresse" : `kontakt${i}@example.org`,
        i % 3 === 0 ? "Deutsch, Arabisch" : "Deutsch",
        TOPICS[i % TOPICS.length],
        i % 4 === 0 ? "5 €" : "kostenlos",
        "",
        "",
      ].join(";"),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

async function child(file: string) {
  const { prisma } = await import("@/lib/db");
  const { seedRegion } = await import("@/lib/seed/seed-region");
  const { getRegion } = await import("@/lib/region/region");
  const { createCliImportRun, runImport } = await import("@/lib/import/import-runs");
  const { guessMapping } = await import("@/lib/import/column-mapping");
  const { planImport } = await import("@/lib/import/plan-import");
  const { recordsOf } = await import("@/lib/import/read-import-file");
  await seedRegion(prisma, getRegion());
  const time = async <T>(work: () => Promise<T>) => {
    const started = performance.now();
    const result = await work();
    return { ms: Math.round(performance.now() - started), result };
  };
  const once = async () => {
    const { run, source } = await createCliImportRun(file, "bench");
    if (!("table" in source)) throw new Error("not a table");
    const mapping = guessMapping(source.table.headers);
    await prisma.importRun.update({ where: { id: run.id }, data: { mappingJson: JSON.stringify(mapping) } });
    const dry = await time(() => planImport("bench", recordsOf(source, mapping)));
    const real = await time(() => runImport(run.id, null, source));
    return { dry: dry.ms, real: real.ms, counts: real.result };
  };
  const first = await once();
  const second = await once();
  const offers = await prisma.offer.count();
  console.log(JSON.stringify({ first, second, offers }));
  await prisma.$disconnect();
}

type ChildResult = {
  first: { dry: number; real: number; counts: Record<string, number> };
  second: { dry: number; real: number; counts: Record<string, number> };
  offers: number;
};

function measure(rows: number): ChildResult {
  const directory = mkdtempSync(path.join(tmpdir(), "atlas-bench-import-"));
  try {
    const env = {
      ...process.env,
      DATABASE_URL: `file:${path.join(directory, "bench.db")}`,
      DATA_DIR: directory,
      APP_MODE: "demo",
    };
    execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env, stdio: "ignore" });
    const file = path.join(directory, `angebote-${rows}.csv`);
    writeFileSync(file, spreadsheet(rows));
    const output = execFileSync("npx", ["tsx", "scripts/bench-import.ts", "--child", file], { env, encoding: "utf8" });
    return JSON.parse(output.trim().split("\n").at(-1)!) as ChildResult;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (values.child) {
  void child(values.child);
} else {
  const sizes = [count(values.baseline, 1_000), count(values.rows, 10_000)];
  const results = sizes.map((rows) => ({ rows, ...measure(rows) }));
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log("\nrows     dry run   real run   rows/s (real)   re-run dry + real   re-run result");
  for (const r of results)
    console.log(
      `${String(r.rows).padEnd(8)} ${s(r.first.dry).padStart(7)}   ${s(r.first.real).padStart(8)}   ${String(Math.round(r.rows / (r.first.real / 1000))).padStart(13)}   ` +
        `${`${s(r.second.dry)} + ${s(r.second.real)}`.padStart(17)}   ${r.second.counts.created} created, ${r.second.counts.updated} updated, ${r.second.counts.unchanged} unchanged, ${r.second.counts.skipped} skipped`,
    );
  console.log(JSON.stringify({ bench: "import", results }));
}
