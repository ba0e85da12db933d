import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditFilterForm, AuditPaging } from "@/components/audit-filter-form";
import { AuditTable } from "@/components/audit-table";
import { AuditFilterSchema, listAuditFilterOptions, listAuditPage } from "@/lib/audit/audit-queries";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { parsePageParam, type SearchParams } from "@/lib/validation/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const PATH = "/verwaltung/protokoll";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Audit" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminAuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, PATH);
  if (!can(actor, "audit:view-all")) notFound();
  const query = await searchParams;
  const filter = AuditFilterSchema.parse(query);
  const [result, options] = await Promise.all([
    listAuditPage(actor, "all", filter, parsePageParam(query.page)),
    listAuditFilterOptions(actor, "all"),
  ]);
  const t = await getTranslations("Audit");
  return (
    <>
      <p>
        <Link href="/verwaltung">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <AuditFilterForm pathname={PATH} filter={filter} options={options} csvPath={`/${locale}${PATH}/protokoll.csv`} />
      <AuditPaging pathname={PATH} filter={filter} result={result} />
      <AuditTable entries={result.entries} showOrganisation filtered={Object.values(filter).some(Boolean)} />
    </>
  );
}
