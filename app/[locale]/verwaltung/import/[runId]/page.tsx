import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { SelectField } from "@/components/forms/fields";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { BATCH_SIZE } from "@/lib/import/apply-import";
import { mappingTargets, requiredTargets } from "@/lib/import/column-mapping";
import { ImportErrorSchema, IMPORT_ERROR_PARAM } from "@/lib/import/import-errors";
import { getImportRunView, MAX_UPLOAD_BYTES } from "@/lib/import/import-runs";
import { DomainError } from "@/lib/result";
import { recordIdSchema } from "@/lib/validation/fields";
import type { SearchParams } from "@/lib/validation/page-params";
import { approveImportAction, confirmMappingAction, startImportAction } from "../actions";
import { ImportReport } from "../_components/import-report";

type Props = { params: Promise<{ locale: string; runId: string }>; searchParams: SearchParams };

const FORMAT_NAMES: Record<string, string> = {
  csv: "CSV",
  xlsx: "XLSX",
  "hsds-json": "HSDS JSON",
  "hsds-package": "HSDS-Datenpaket (CSV)",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Import" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ImportRunPage({ params, searchParams }: Props) {
  const { locale, runId: rawRunId } = await params;
  setRequestLocale(locale);
  const runId = recordIdSchema.safeParse(rawRunId).data;
  if (!runId) notFound();
  const actor = await getPageActor(locale, `/verwaltung/import/${runId}`);
  if (!can(actor, "review:decide")) notFound();
  const run = await getImportRunView(actor, runId).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "not_found") notFound();
    throw error;
  });
  const error = ImportErrorSchema.parse((await searchParams)[IMPORT_ERROR_PARAM]);
  const t = await getTranslations("Import");
  const format = await getFormatter();
  const canMap =
    run.columns !== null && (run.status === "uploaded" || run.status === "planned" || run.status === "failed");
  const hasReport = run.status !== "uploaded" && run.status !== "running";
  return (
    <>
      {/* While the job runs the page reloads itself: the progress shows without JavaScript. */}
      {run.status === "running" ? <meta httpEquiv="refresh" content="2" /> : null}
      <h1>{t("run.title", { file: run.fileName })}</h1>
      <p className="meta">
        {t("run.meta", {
          source: run.source,
          format: FORMAT_NAMES[run.format] ?? run.format,
          date: format.dateTime(run.createdAt, { dateStyle: "medium", timeStyle: "short" }),
        })}
        {run.actor ? ` · ${t("run.by", { email: run.actor.email })}` : null} ·{" "}
        <strong>{t(`status.${run.status as "done"}`)}</strong>
      </p>
      <p>
        <Link href="/verwaltung/import">{t("allRuns")}</Link> · <Link href="/verwaltung">{t("back")}</Link>
      </p>
      {error ? (
        <div className="error-summary" role="alert">
          <p>{t(`errors.${error}`, { max: MAX_UPLOAD_BYTES / 1024 / 1024 })}</p>
        </div>
      ) : null}

      {canMap && run.columns ? (
        <section aria-labelledby="import-mapping" className="card">
          <h2 id="import-mapping">{t("mapping.heading")}</h2>
          <p className="hint">{t("mapping.hint")}</p>
          <form action={confirmMappingAction.bind(null, run.id)}>
            {mappingTargets.map((target) => {
              const index = run.columns!.headers.indexOf(run.columns!.mapping[target] ?? "");
              const samples = index >= 0 ? run.columns!.samples.map((row) => row[index]).filter(Boolean) : [];
              return (
                <SelectField
                  key={target}
                  name={`map.${target}`}
                  label={t(`mapping.targets.${target}`)}
                  hint={
                    samples.length > 0 ? t("mapping.sample", { values: samples.join(" | ").slice(0, 120) }) : undefined
                  }
                  errors={{}}
                  required={requiredTargets.includes(target)}
                  defaultValue={run.columns!.mapping[target] ?? ""}
                  placeholder={t("mapping.notUsed")}
                  options={run.columns!.headers.filter(Boolean).map((header) => ({ value: header, label: header }))}
                />
              );
            })}
            <button type="submit" className="button button--primary">
              {t("mapping.submit")}
            </button>
          </form>
        </section>
      ) : null}

      {run.status === "running" ? (
        <section aria-labelledby="import-progress" className="card" role="status">
          <h2 id="import-progress">{t("progress.heading")}</h2>
          <p>{t("progress.text", { processed: run.processedRows, total: run.totalRows })}</p>
          <progress max={Math.max(run.totalRows, 1)} value={run.processedRows} />
          <p>
            <Link href={`/verwaltung/import/${run.id}`}>{t("progress.reload")}</Link>
          </p>
        </section>
      ) : null}

      {run.status === "failed" ? (
        <p className="notice" role="alert">
          {t("failed")}
        </p>
      ) : null}

      {hasReport ? (
        <section aria-labelledby="bericht" id="bericht">
          <h2 id="bericht-heading">
            {run.status === "planned" ? t("report.dryRunHeading") : t("report.resultHeading")}
          </h2>
          {run.status === "planned" ? <p className="hint">{t("report.dryRunHint")}</p> : null}
          <p>
            <strong>
              {t("counts", {
                created: run.created,
                updated: run.updated,
                unchanged: run.unchanged,
                skipped: run.skipped,
              })}
            </strong>
          </p>
          <ImportReport skipped={run.skippedRows} others={run.otherRows} othersHidden={run.othersHidden} />
        </section>
      ) : null}

      {run.status === "planned" || run.status === "failed" ? (
        <section aria-labelledby="import-start" className="card">
          <h2 id="import-start">{t("start.heading")}</h2>
          <p className="hint">{t("start.hint", { batch: BATCH_SIZE })}</p>
          <form action={startImportAction.bind(null, run.id)}>
            <button type="submit" className="button button--primary">
              {run.status === "failed" ? t("start.again") : t("start.submit")}
            </button>
          </form>
        </section>
      ) : null}

      {run.status === "done" ? (
        <section aria-labelledby="import-approve" className="card">
          <h2 id="import-approve">{t("approve.heading")}</h2>
          {run.approvedAt ? (
            <p>
              {t("approve.done", {
                date: format.dateTime(run.approvedAt, { dateStyle: "medium", timeStyle: "short" }),
              })}
            </p>
          ) : null}
          {run.pendingApproval > 0 ? (
            <>
              <p>{t("approve.hint", { count: run.pendingApproval })}</p>
              <p>
                <Link href="/verwaltung?section=offers">{t("approve.queueLink")}</Link>
              </p>
              <form action={approveImportAction.bind(null, run.id)}>
                <button type="submit" className="button button--primary">
                  {t("approve.submit")}
                </button>
              </form>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
