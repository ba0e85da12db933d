import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditFilterForm, AuditPaging } from "@/components/audit-filter-form";
import { AuditTable } from "@/components/audit-table";
import { AuditFilterSchema, listAuditFilterOptions, listAuditPage } from "@/lib/audit/audit-queries";
import { getPageActor } from "@/lib/auth/page-actor";
import { Link } from "@/lib/i18n/navigation";
import { getOrganisationDashboard } from "@/lib/organisations/dashboard-queries";
import { DomainError } from "@/lib/result";
import { parsePageParam, parseSlug, type SearchParams } from "@/lib/validation/page-params";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Audit" });
  return { title: t("title") };
}

export default async function OrganisationAuditPage({ params, searchParams }: Props) {
  const { locale, slug: rawSlug } = await params;
  setRequestLocale(locale);
  const slug = parseSlug(rawSlug) ?? notFound();
  const path = `/dashboard/organisationen/${slug}/protokoll`;
  const actor = await getPageActor(locale, path);
  const query = await searchParams;
  // Its own log: the organisation is given, so the organisation filter does not apply.
  const filter = { ...AuditFilterSchema.parse(query), organisation: undefined };
  const loaded = await getOrganisationDashboard(actor, slug)
    .then(async (organisation) => {
      const scope = { organisationId: organisation.id };
      const [result, options] = await Promise.all([
        listAuditPage(actor, scope, filter, parsePageParam(query.page)),
        listAuditFilterOptions(actor, scope),
      ]);
      return { organisation, result, options };
    })
    .catch((error: unknown) => {
      if (error instanceof DomainError) notFound();
      throw error;
    });
  const t = await getTranslations("Audit");
  return (
    <>
      <p>
        <Link href={`/dashboard/organisationen/${slug}`}>{loaded.organisation.name}</Link>
      </p>
      <h1>{t("title")}</h1>
      <AuditFilterForm pathname={path} filter={filter} options={loaded.options} />
      <AuditPaging pathname={path} filter={filter} result={loaded.result} />
      <AuditTable
        entries={loaded.result.entries}
        showOrganisation={false}
        filtered={Object.values(filter).some(Boolean)}
      />
    </>
  );
}
