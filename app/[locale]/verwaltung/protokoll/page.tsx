import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditTable } from "@/components/audit-table";
import { listAllAudit } from "@/lib/audit/audit-queries";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Audit" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminAuditPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/verwaltung/protokoll");
  if (!can(actor, "audit:view-all")) notFound();
  const t = await getTranslations("Audit");
  return (
    <>
      <h1>{t("title")}</h1>
      <AuditTable entries={await listAllAudit(actor)} showOrganisation />
    </>
  );
}
