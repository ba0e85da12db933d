import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LegalSection } from "@/components/legal-section";
import { getRegion } from "@/lib/region/region";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Legal" });
  return { title: t("accessibilityTitle") };
}

export default async function AccessibilityStatementPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("Legal");
  const region = getRegion();
  return (
    <>
      <h1>{t("accessibilityTitle")}</h1>
      <p className="notice">{t("operatorNote", { operator: region.operator })}</p>
      <LegalSection id="scope" title={t("accessibilityScope")}>
        <p>{t("accessibilityScopeText")}</p>
      </LegalSection>
      <LegalSection id="status" title={t("accessibilityStatus")}>
        <p>{t("accessibilityStatusText")}</p>
      </LegalSection>
      <LegalSection id="feedback" title={t("accessibilityFeedback")}>
        <p>{t("accessibilityFeedbackText", { email: region.contactEmail })}</p>
      </LegalSection>
      <LegalSection id="enforcement" title={t("accessibilityEnforcement")}>
        <p>{t("accessibilityEnforcementText")}</p>
      </LegalSection>
    </>
  );
}
