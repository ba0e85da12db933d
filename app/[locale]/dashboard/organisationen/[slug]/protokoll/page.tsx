import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditTable } from "@/components/audit-table";
import { listOrganisationAudit } from "@/lib/audit/audit-queries";
import { getPageActor } from "@/lib/auth/page-actor";
import { Link } from "@/lib/i18n/navigation";
import { getOrganisationDashboard } from "@/lib/organisations/dashboard-queries";
import { DomainError } from "@/lib/result";
import { parseSlug } from "@/lib/validation/page-params";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Audit" });
  return { title: t("title") };
}

export default async function OrganisationAuditPage({ params }: Props) {
  const { locale, slug: rawSlug } = await params;
  setRequestLocale(locale);
  const slug = parseSlug(rawSlug) ?? notFound();
  const actor = await getPageActor(locale, `/dashboard/organisationen/${slug}/protokoll`);
  const loaded = await getOrganisationDashboard(actor, slug)
    .then(async (organisation) => ({ organisation, entries: await listOrganisationAudit(actor, organisation.id) }))
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
      <AuditTable entries={loaded.entries} showOrganisation={false} />
    </>
  );
}
