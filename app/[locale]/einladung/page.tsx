import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { getActor } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { checkInvitation } from "@/lib/organisations/members";
import type { SearchParams } from "@/lib/validation/page-params";
import { acceptInvitationAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Invitation" });
  return { title: t("title"), robots: { index: false } };
}

export default async function InvitationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Invitation");
  const raw = (await searchParams).token;
  const token = typeof raw === "string" && /^[A-Za-z0-9_-]{20,100}$/.test(raw) ? raw : null;
  const check = token ? await checkInvitation(token) : ({ ok: false, reason: "invalid" } as const);
  if (!check.ok || !token)
    return (
      <div className="narrow">
        <h1>{t("title")}</h1>
        <p className="notice notice--alert">{t(`problem.${check.ok ? "invalid" : check.reason}`)}</p>
      </div>
    );
  const actor = await getActor();
  const { invitation } = check;
  return (
    <div className="narrow">
      <h1>{t("title")}</h1>
      <p>{t("text", { organisation: invitation.organisationName, role: invitation.role })}</p>
      {actor ? (
        actor.email === invitation.email ? (
          <ActionButton action={acceptInvitationAction.bind(null, token)} label={t("accept")} variant="primary" />
        ) : (
          <p className="notice notice--alert">{t("otherAddress", { email: invitation.email })}</p>
        )
      ) : (
        <p>
          <Link
            href={{ pathname: "/anmelden", query: { callbackUrl: `/${locale}/einladung?token=${token}` } }}
            className="button"
          >
            {t("signInToAccept", { email: invitation.email })}
          </Link>
        </p>
      )}
    </div>
  );
}
