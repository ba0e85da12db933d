import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { SearchParams } from "@/lib/validation/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

// Auth.js sends its error type; only the ones a person can act on get their own text.
const knownErrors = new Set(["Verification", "AccessDenied"]);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "SignIn" });
  return { title: t("errorTitle"), robots: { index: false } };
}

export default async function SignInErrorPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("SignIn");
  const raw = (await searchParams).error;
  const error = typeof raw === "string" && knownErrors.has(raw) ? raw : "Other";
  return (
    <div className="narrow">
      <h1>{t("errorTitle")}</h1>
      <p>{t(`error${error as "Verification" | "AccessDenied" | "Other"}`)}</p>
      <p>
        <Link href="/anmelden" className="button">
          {t("requestNewLink")}
        </Link>
      </p>
    </div>
  );
}
