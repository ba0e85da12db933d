import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPageActor } from "@/lib/auth/page-actor";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { getFormOptions } from "@/lib/offers/form-options";
import { getOrganisationForEdit } from "@/lib/organisations/dashboard-queries";
import { DomainError } from "@/lib/result";
import { parseSlug } from "@/lib/validation/page-params";
import { updateOrganisationAction } from "../../actions";
import { OrganisationForm } from "../../../_components/organisation-form";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "OrganisationForm" });
  return { title: t("editTitle") };
}

export default async function EditOrganisationPage({ params }: Props) {
  const { locale, slug: rawSlug } = await params;
  setRequestLocale(locale);
  const slug = parseSlug(rawSlug) ?? notFound();
  const actor = await getPageActor(locale, `/dashboard/organisationen/${slug}/profil`);
  const organisation = await getOrganisationForEdit(actor, slug).catch((error: unknown) => {
    if (error instanceof DomainError) notFound();
    throw error;
  });
  const t = await getTranslations("OrganisationForm");
  const tField = await getTranslations("Review.identityFields");
  const { id, slug: _slug, waitingForReview, ...values } = organisation;
  return (
    <div className="narrow">
      <p>
        <Link href={`/dashboard/organisationen/${slug}`}>{t("back", { organisation: organisation.name })}</Link>
      </p>
      <h1>{t("editTitle")}</h1>
      {waitingForReview.length > 0 ? (
        <p className="notice notice--warning" role="status">
          {t("waitingForReview", { fields: waitingForReview.map((field) => tField(field)).join(", ") })}
        </p>
      ) : (
        <p className="hint">{t("identityReviewHint")}</p>
      )}
      <OrganisationForm
        action={updateOrganisationAction.bind(null, id)}
        values={values}
        options={getFormOptions(locale)}
        hasTiles={Boolean(env.NEXT_PUBLIC_TILE_URL)}
        submitLabel={t("save")}
        warnAboutDuplicates={false}
      />
    </div>
  );
}
