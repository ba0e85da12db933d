import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LegalSection } from "@/components/legal-section";
import { env } from "@/lib/env";
import { getRegion } from "@/lib/region/region";
import { HANDLED_KEEP_DAYS, IMPORT_FILE_KEEP_DAYS, INVITATION_KEEP_DAYS } from "@/lib/retention/retention-periods";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Legal" });
  return { title: t("privacyTitle") };
}

export default async function PrivacyPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("Legal");
  const region = getRegion();
  return (
    <>
      <h1>{t("privacyTitle")}</h1>
      <p className="notice">{t("operatorNote", { operator: region.operator })}</p>
      <LegalSection id="controller" title={t("privacyController")}>
        <address>
          {region.operator}
          <br />
          {region.operatorAddress}
          <br />
          <a href={`mailto:${region.contactEmail}`}>{region.contactEmail}</a>
        </address>
      </LegalSection>
      <LegalSection id="principles" title={t("privacyPrinciples")}>
        <p>{t("privacyPrinciplesText")}</p>
      </LegalSection>
      <LegalSection id="visitors" title={t("privacyVisitors")}>
        <p>{t("privacyVisitorsText")}</p>
      </LegalSection>
      <LegalSection id="accounts" title={t("privacyAccounts")}>
        <p>{t("privacyAccountsText")}</p>
      </LegalSection>
      <LegalSection id="conference" title={t("privacyConference")}>
        <p>{t("privacyConferenceDeleted", { retentionDays: env.REGISTRATION_RETENTION_DAYS })}</p>
        <p>{t("privacyConferenceKept")}</p>
        <p>
          {t("privacyConferenceDirectory", {
            visibleDays: env.DIRECTORY_VISIBLE_DAYS,
            retentionDays: env.REGISTRATION_RETENTION_DAYS,
          })}
        </p>
        <p>{t("privacyConferenceContacts")}</p>
      </LegalSection>
      <LegalSection id="retention" title={t("privacyRetention")}>
        <p>
          {t("privacyRetentionText", {
            invitationDays: INVITATION_KEEP_DAYS,
            handledDays: HANDLED_KEEP_DAYS,
            importDays: IMPORT_FILE_KEEP_DAYS,
          })}
        </p>
        <p>{t("privacyAuditText", { auditDays: env.AUDIT_RETENTION_DAYS })}</p>
        <p>{t("privacyDeletionText")}</p>
      </LegalSection>
      <LegalSection id="rights" title={t("privacyRights")}>
        <p>{t("privacyRightsText")}</p>
      </LegalSection>
    </>
  );
}
