import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { callbackPathSchema } from "@/lib/auth/sign-in-input";
import type { SearchParams } from "@/lib/validation/page-params";
import { SignInForm } from "./_components/sign-in-form";
import { isFreshSignInQuery } from "@/lib/auth/sign-in-link";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "SignIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("SignIn");
  const query = await searchParams;
  const raw = query.callbackUrl;
  const callbackUrl = typeof raw === "string" ? callbackPathSchema.parse(raw) : null;
  // Sent here by a step that needs a recent sign-in (lib/auth/session-lifetime.ts).
  const isFreshSignInRequest = isFreshSignInQuery(query);
  return (
    <div className="narrow">
      <h1>{t("title")}</h1>
      {isFreshSignInRequest ? (
        <p className="notice notice--warning" role="status">
          {t("freshSignInNotice")}
        </p>
      ) : null}
      <p>{t("intro")}</p>
      <SignInForm callbackUrl={callbackUrl === "/" ? null : callbackUrl} />
      <p className="muted">{t("privacy")}</p>
    </div>
  );
}
