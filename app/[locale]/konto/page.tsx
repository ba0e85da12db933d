import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { collectAccountData } from "@/lib/account/account-data";
import { getPageActor } from "@/lib/auth/page-actor";
import { DeleteAccountForm, EmailChangeForm } from "./account-forms";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Account" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getPageActor(locale, "/konto");
  const data = await collectAccountData(actor.userId);
  const t = await getTranslations("Account");
  const ownedOrganisations = data.memberships.filter((membership) => membership.role === "owner");
  return (
    <>
      <h1>{t("title")}</h1>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t("dataHeading")}</h2>
        <p>{t("dataIntro")}</p>
        <dl className="facts">
          <dt>{t("email")}</dt>
          <dd>{data.email}</dd>
          <dt>{t("memberSince")}</dt>
          <dd>{data.createdAt.toISOString().slice(0, 10)}</dd>
          <dt>{t("organisations")}</dt>
          <dd>{data.memberships.map((m) => `${m.organisation.name} (${m.role})`).join(", ") || "—"}</dd>
          <dt>{t("sessions")}</dt>
          <dd>{data.sessions.length}</dd>
          <dt>{t("registrations")}</dt>
          <dd>{data.registrations.map((r) => r.event.title).join(", ") || "—"}</dd>
          <dt>{t("profile")}</dt>
          <dd>{data.profile ? data.profile.displayName : "—"}</dd>
          <dt>{t("activity")}</dt>
          <dd>{t("activityCount", { count: data.auditEvents.length })}</dd>
        </dl>
        <details>
          <summary>{t("showAll")}</summary>
          <pre className="data-dump">{JSON.stringify(data, null, 2)}</pre>
        </details>
        <p>
          <a href="/api/v1/account/export" className="button button--secondary" download>
            {t("export")}
          </a>
        </p>
      </section>
      <section aria-labelledby="email-heading">
        <h2 id="email-heading">{t("changeEmail")}</h2>
        <EmailChangeForm />
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t("deleteHeading")}</h2>
        <p>{t("deleteIntro")}</p>
        <DeleteAccountForm hasSoleOwnership={ownedOrganisations.length > 0} />
      </section>
    </>
  );
}
