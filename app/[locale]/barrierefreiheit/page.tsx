import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LegalSection } from "@/components/legal-section";
import { accessibilityAudit } from "@/lib/accessibility/audit";
import { getRegion } from "@/lib/region/region";
import type { SearchParams } from "@/lib/validation/page-params";
import { AccessibilityFeedbackForm } from "./feedback-form";

// The accessibility statement after BITV 2.0 / BITV NRW: scope, conformance status from the project's own test
// results (lib/accessibility/audit.ts), known limitations, a feedback form that becomes an admin task, and the
// enforcement body.

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const limitations = ["manualTesting", "offerTexts", "mapTiles", "javascriptForms", "easyLanguage"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AccessibilityStatement" });
  return { title: t("title") };
}

export default async function AccessibilityStatementPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("AccessibilityStatement");
  const format = await getFormatter();
  const region = getRegion();
  const audit = accessibilityAudit;
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const checkedOn = format.dateTime(new Date(`${audit.checkedOn}T12:00:00Z`), { dateStyle: "long" });
  // "Which page?" is prefilled when a page links here with ?seite=/de/…; only a path is taken over.
  const from = (await searchParams).seite;
  const pageUrl = typeof from === "string" && /^\/[\w\-/?=&.%]*$/.test(from) ? from.slice(0, 200) : "";
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="notice">{t("operator", { operator: region.operator, address: region.operatorAddress })}</p>
      <LegalSection id="scope" title={t("scopeTitle")}>
        <p>{t("scope")}</p>
      </LegalSection>
      <LegalSection id="status" title={t("statusTitle")}>
        <p>
          <strong>{t("status")}</strong>
        </p>
        <p>
          {t("tested", {
            date: checkedOn,
            routes: audit.routes.length,
            languages: format.list(audit.locales.map((code) => languageNames.of(code) ?? code)),
            tool: audit.tool,
            violations: audit.violations,
            width: audit.zoomWidth,
          })}
        </p>
        {audit.keyboardJourneys.length > 0 ? (
          <p>
            {t("keyboard", {
              journeys: format.list(audit.keyboardJourneys.map((journey) => t(`journeys.${journey}`))),
            })}
          </p>
        ) : null}
      </LegalSection>
      <LegalSection id="limitations" title={t("limitationsTitle")}>
        <ul>
          {limitations.map((key) => (
            <li key={key}>{t(`limitations.${key}`)}</li>
          ))}
        </ul>
      </LegalSection>
      <LegalSection id="preparation" title={t("preparationTitle")}>
        <p>{t("preparation", { date: checkedOn })}</p>
      </LegalSection>
      <LegalSection id="feedback" title={t("feedbackTitle")}>
        <p>{t("feedback", { email: region.contactEmail })}</p>
        <AccessibilityFeedbackForm pageUrl={pageUrl} />
      </LegalSection>
      <LegalSection id="enforcement" title={t("enforcementTitle")}>
        <p>{t("enforcement")}</p>
        <address>
          {region.accessibilityEnforcement.name}
          <br />
          <a href={`mailto:${region.accessibilityEnforcement.email}`}>{region.accessibilityEnforcement.email}</a>
          <br />
          <a href={region.accessibilityEnforcement.url}>{region.accessibilityEnforcement.url}</a>
        </address>
      </LegalSection>
    </>
  );
}
