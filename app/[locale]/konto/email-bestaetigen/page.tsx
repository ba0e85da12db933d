import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { SearchParams } from "@/lib/validation/page-params";
import { EmailConfirmButton } from "./email-confirm-button";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Account" });
  return { title: t("confirmEmailTitle"), robots: { index: false } };
}

// Opening the link changes nothing (mail scanners open links); the button does.
export default async function ConfirmEmailPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("Account");
  const raw = (await searchParams).token;
  const token = typeof raw === "string" && raw.length <= 1_000 ? raw : "";
  return (
    <div className="narrow">
      <h1>{t("confirmEmailTitle")}</h1>
      <EmailConfirmButton token={token} />
      <p>
        <Link href="/anmelden">{t("signInAgain")}</Link>
      </p>
    </div>
  );
}
