// npm run import -- FILE [--mapping mapping.json] [--source NAME] [--apply]
// Imports organisations and offers from a spreadsheet (CSV, XLSX), HSDS JSON, or an HSDS data package (a .zip
// or a directory). Always prints the dry run first; writes only with --apply (--dry-run, the default, says so
// explicitly). The same engine as the admin page (lib/import); see docs/decisions/015-import.md.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { prisma } from "@/lib/db";
import { columnMappingSchema, guessMapping, mappingTargets, type ColumnMapping } from "@/lib/import/column-mapping";
import { createCliImportRun, readRunReport, runImport, saveCliDryRun, saveCliMapping } from "@/lib/import/import-runs";
import type { RowReport } from "@/lib/import/import-record";
import { planImport } from "@/lib/import/plan-import";
import { recordsOf } from "@/lib/import/read-import-file";
import { germanTranslators, reportLines } from "@/lib/import/report-text";
import { DomainError } from "@/lib/result";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mapping: { type: "string" },
    source: { type: "string" },
    apply: { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});

async function main() {
  const file = positionals[0];
  if (!file || (values.apply && values["dry-run"])) {
    console.error(
      "Usage: npm run import -- FILE [--mapping mapping.json] [--source NAME] [--apply | --dry-run] [--json]",
    );
    process.exitCode = 2;
    return;
  }
  const started = Date.now();
  const { run, source } = await createCliImportRun(file, values.source);
  let mapping: ColumnMapping = {};
  if ("table" in source) {
    const raw: unknown = values.mapping
      ? JSON.parse(readFileSync(values.mapping, "utf8"))
      : guessMapping(source.table.headers);
    const parsed = columnMappingSchema(source.table.headers).safeParse(raw);
    const t = germanTranslators().t;
    console.log("Spalten:");
    for (const target of mappingTargets)
      console.log(`  ${t(`mapping.targets.${target}`).padEnd(32)} ← ${(raw as ColumnMapping)[target] ?? "–"}`);
    if (!parsed.success) {
      console.error(`\n${t("errors.mappingIncomplete")} (--mapping mapping.json: { "title": "Spalte", … })`);
      process.exitCode = 1;
      return;
    }
    mapping = parsed.data;
    await saveCliMapping(run.id, mapping);
  }
  const plan = await planImport(run.source, recordsOf(source, mapping));
  const planned = Date.now();
  console.log(`\nProbelauf für ${file} (Quelle „${run.source}“):`);
  for (const line of reportLines(
    plan.rows.map((row) => row.report),
    plan.counts,
  ))
    console.log(line);
  console.log(`Probelauf: ${((planned - started) / 1000).toFixed(1)} s.`);
  let reports: RowReport[] = plan.rows.map((row) => row.report);
  if (!values.apply) {
    console.log("\nNichts geschrieben. Mit --apply wird importiert.");
    await saveCliDryRun(run.id, reports, plan.counts.total);
  } else {
    const counts = await runImport(run.id, null, source);
    reports = await readRunReport(run.id);
    console.log(
      `\nImportiert in ${((Date.now() - planned) / 1000).toFixed(1)} s: ${counts.created} angelegt, ${counts.updated} geändert, ` +
        `${counts.unchanged} unverändert, ${counts.skipped} übersprungen. Neue Angebote liegen in der Prüfung (/de/verwaltung/import/${run.id}).`,
    );
  }
  if (values.json) console.log(JSON.stringify({ runId: run.id, counts: plan.counts, rows: reports }));
}

main()
  .catch((error: unknown) => {
    if (error instanceof DomainError) {
      const t = germanTranslators().t;
      console.error(t(`errors.${error.messageKey}`, { max: 10 }));
    } else console.error(error);
    process.exitCode = 1;
  })
  .finally(() => void prisma.$disconnect());
