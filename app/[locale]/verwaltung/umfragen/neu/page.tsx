import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { localizedName } from "@/lib/i18n/localized-name";
import { getRegion } from "@/lib/region/region";
import { createSurveyAction } from "../actions";
import { SurveyForm } from "../_components/survey-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "SurveyAdmin" });
  return { title: t("newSurvey"), robots: { index: false } };
}

export default async function NewSurveyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/verwaltung/umfragen/neu");
  if (!can(actor, "event:manage")) notFound();
  const t = await getTranslations("SurveyAdmin");
  return (
    <div className="narrow">
      <p>
        <Link href="/verwaltung/umfragen">{t("backToList")}</Link>
      </p>
      <h1>{t("newSurvey")}</h1>
      <SurveyForm
        action={createSurveyAction}
        survey={null}
        topics={getRegion().topics.map((topic) => ({ value: topic.slug, label: localizedName(topic.names, locale) }))}
      />
    </div>
  );
}
