import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPageActor } from "@/lib/auth/page-actor";
import { env } from "@/lib/env";
import { getFormOptions } from "@/lib/offers/form-options";
import { registerOrganisationAction } from "../organisationen/actions";
import { OrganisationForm } from "../_components/organisation-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "OrganisationForm" });
  return { title: t("registerTitle") };
}

export default async function RegisterOrganisationPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await getPageActor(locale, "/dashboard/organisation-registrieren");
  const t = await getTranslations("OrganisationForm");
  return (
    <div className="narrow">
      <h1>{t("registerTitle")}</h1>
      <p>{t("registerIntro")}</p>
      <OrganisationForm
        action={registerOrganisationAction}
        values={null}
        options={getFormOptions(locale)}
        hasTiles={Boolean(env.NEXT_PUBLIC_TILE_URL)}
        submitLabel={t("registerSubmit")}
        warnAboutDuplicates
      />
    </div>
  );
}
