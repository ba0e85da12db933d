import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Survey" });
  return { title: t("thanksTitle"), robots: { index: false } };
}

/** After an answer: thanks, and nothing of the answer or the link in the address. */
export default async function SurveyThanksPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Survey");
  return (
    <div className="narrow">
      <h1>{t("thanksTitle")}</h1>
      <p role="status">{t("thanksText")}</p>
      <p>
        <Link href="/">{t("toHome")}</Link>
      </p>
    </div>
  );
}
