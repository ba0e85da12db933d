import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LegalSection } from "@/components/legal-section";
import { getRegion } from "@/lib/region/region";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Legal" });
  return { title: t("imprintTitle") };
}

export default async function ImprintPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("Legal");
  const region = getRegion();
  return (
    <>
      <h1>{t("imprintTitle")}</h1>
      <p className="notice">{t("operatorNote", { operator: region.operator })}</p>
      <LegalSection id="provider" title={t("imprintProvider")}>
        <address>
          {region.operator}
          <br />
          {region.operatorAddress}
        </address>
      </LegalSection>
      <LegalSection id="represented" title={t("imprintRepresented")}>
        <p>—</p>
      </LegalSection>
      <LegalSection id="contact" title={t("imprintContact")}>
        <p>
          <a href={`mailto:${region.contactEmail}`}>{region.contactEmail}</a>
        </p>
      </LegalSection>
      <LegalSection id="responsible" title={t("imprintResponsible")}>
        <p>{region.operator}</p>
      </LegalSection>
      <LegalSection id="content" title={t("imprintContent")}>
        <p>{t("imprintContentText")}</p>
      </LegalSection>
    </>
  );
}
