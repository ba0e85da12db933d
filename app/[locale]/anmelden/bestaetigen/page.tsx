import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SIGN_IN_LINK_MINUTES } from "@/lib/auth/auth";
import { EMAIL_CALLBACK_PATH, SignInConfirmationSchema } from "@/lib/auth/sign-in-link";
import { findSignInLinkAddress } from "@/lib/auth/verification-tokens";
import { Link } from "@/lib/i18n/navigation";
import type { SearchParams } from "@/lib/validation/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "SignIn" });
  // The address holds the token: no Referer to other sites. ("no-referrer" would make the button's POST send
  // `Origin: null`, which the sign-in route refuses as cross-site.)
  return { title: t("confirmTitle"), robots: { index: false }, referrer: "same-origin" };
}

/**
 * Where the mailed link leads. Opening it signs nobody in (mail scanners open links); the button posts the token
 * to the sign-in route, a plain form that works without JavaScript (lib/auth/confirm-sign-in.ts).
 */
export default async function ConfirmSignInPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("SignIn");
  const query = await searchParams;
  const link = SignInConfirmationSchema.safeParse({ token: query.token, callbackUrl: query.callbackUrl });
  const address = link.success ? await findSignInLinkAddress(link.data.token) : null;
  return (
    <div className="narrow">
      <h1>{t("confirmTitle")}</h1>
      {link.success ? (
        <>
          <p>{t("confirmText", { button: t("signIn"), minutes: SIGN_IN_LINK_MINUTES })}</p>
          {address ? <p>{t("confirmAccount", { address })}</p> : null}
          <form method="post" action={EMAIL_CALLBACK_PATH}>
            <input type="hidden" name="token" value={link.data.token} />
            {link.data.callbackUrl ? <input type="hidden" name="callbackUrl" value={link.data.callbackUrl} /> : null}
            <button type="submit" className="button">
              {t("signIn")}
            </button>
          </form>
        </>
      ) : (
        <>
          <p className="notice notice--alert">{t("confirmIncomplete")}</p>
          <p>
            <Link href="/anmelden" className="button">
              {t("requestNewLink")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
