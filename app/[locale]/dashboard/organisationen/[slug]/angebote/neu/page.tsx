import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPageActor } from "@/lib/auth/page-actor";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { emptyOfferFormValues } from "@/lib/offers/edit-queries";
import { getFormOptions } from "@/lib/offers/form-options";
import { getOrganisationDashboard } from "@/lib/organisations/dashboard-queries";
import { DomainError } from "@/lib/result";
import { parseSlug } from "@/lib/validation/page-params";
import { createOfferAction } from "../../../../angebote/actions";
import { OfferForm } from "../../../../_components/offer-form";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "OfferForm" });
  return { title: t("newTitle") };
}

export default async function NewOfferPage({ params }: Props) {
  const { locale, slug: rawSlug } = await params;
  setRequestLocale(locale);
  const slug = parseSlug(rawSlug) ?? notFound();
  const actor = await getPageActor(locale, `/dashboard/organisationen/${slug}/angebote/neu`);
  const organisation = await getOrganisationDashboard(actor, slug).catch((error: unknown) => {
    if (error instanceof DomainError) notFound();
    throw error;
  });
  const t = await getTranslations("OfferForm");
  return (
    <div className="narrow">
      <p>
        <Link href={`/dashboard/organisationen/${slug}`}>{t("back", { organisation: organisation.name })}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      <p>{t("newIntro")}</p>
      <OfferForm
        action={createOfferAction.bind(null, organisation.id)}
        values={{ ...emptyOfferFormValues, municipalities: [] }}
        options={getFormOptions(locale)}
        hasTiles={Boolean(env.NEXT_PUBLIC_TILE_URL)}
        submitLabel={t("saveDraft")}
      />
    </div>
  );
}
