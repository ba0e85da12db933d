import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { ImportErrorSchema, IMPORT_ERROR_PARAM } from "@/lib/import/import-errors";
import { listImportRuns, MAX_UPLOAD_BYTES } from "@/lib/import/import-runs";
import type { SearchParams } from "@/lib/validation/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const MAX_MB = MAX_UPLOAD_BYTES / 1024 / 1024;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Import" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ImportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/verwaltung/import");
  if (!can(actor, "review:decide")) notFound();
  const error = ImportErrorSchema.parse((await searchParams)[IMPORT_ERROR_PARAM]);
  const runs = await listImportRuns(actor);
  const t = await getTranslations("Import");
  const format = await getFormatter();
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>
        <Link href="/verwaltung">{t("back")}</Link>
      </p>
      {error ? (
        <div className="error-summary" role="alert">
          <p>{t(`errors.${error}`, { max: MAX_MB })}</p>
        </div>
      ) : null}
      <section aria-labelledby="import-upload" className="card">
        <h2 id="import-upload">{t("upload.heading")}</h2>
        {/* A plain multipart form to a route handler: no JavaScript needed, and the size is checked while reading. */}
        <form method="post" encType="multipart/form-data" action={`/${locale}/verwaltung/import/hochladen`}>
          <div className="form-field">
            <label htmlFor="import-file">{t("upload.file")}</label>
            <p className="hint" id="import-file-hint">
              {t("upload.fileHint", { max: MAX_MB })}
            </p>
            <input
              id="import-file"
              name="file"
              type="file"
              required
              accept=".csv,.txt,.xlsx,.json,.zip,text/csv,application/json,application/zip"
              aria-describedby="import-file-hint"
            />
          </div>
          <div className="form-field">
            <label htmlFor="import-source">{t("upload.source")}</label>
            <p className="hint" id="import-source-hint">
              {t("upload.sourceHint")}
            </p>
            <input id="import-source" name="source" type="text" maxLength={60} aria-describedby="import-source-hint" />
          </div>
          <button type="submit" className="button button--primary">
            {t("upload.submit")}
          </button>
        </form>
      </section>
      <section aria-labelledby="import-runs">
        <h2 id="import-runs">{t("runs.heading")}</h2>
        {runs.length === 0 ? (
          <p className="muted">{t("runs.none")}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("runs.file")}</th>
                <th scope="col">{t("runs.source")}</th>
                <th scope="col">{t("runs.date")}</th>
                <th scope="col">{t("runs.state")}</th>
                <th scope="col">{t("runs.result")}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <td>
                    <Link href={`/verwaltung/import/${run.id}`}>{run.fileName}</Link>
                  </td>
                  <td>{run.source}</td>
                  <td>{format.dateTime(run.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td>{t(`status.${run.status as "done"}`)}</td>
                  <td>{run.status === "uploaded" ? "—" : t("counts", run)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
