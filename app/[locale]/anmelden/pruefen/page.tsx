import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SIGN_IN_LINK_MINUTES } from "@/lib/auth/auth";
import { Link } from "@/lib/i18n/navigation";
import { isDevMailboxEnabled } from "@/lib/mail/send-mail";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "SignIn" });
  return { title: t("checkTitle"), robots: { index: false } };
}

export default async function CheckMailPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("SignIn");
  return (
    <div className="narrow">
      <h1>{t("checkTitle")}</h1>
      <p>{t("checkText", { minutes: SIGN_IN_LINK_MINUTES })}</p>
      <p>{t("checkSpam")}</p>
      {isDevMailboxEnabled() ? (
        <p className="notice">
          {t("devMailboxNote")} <Link href="/entwicklung/postfach">{t("devMailboxLink")}</Link>
        </p>
      ) : null}
      <p>
        <Link href="/anmelden">{t("tryAgain")}</Link>
      </p>
    </div>
  );
}
