import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { ActionNotice } from "@/components/action-notice";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { signOutAction } from "./anmelden/actions";
import { env } from "@/lib/env";
import { textDirection } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";
import { getRegion } from "@/lib/region/region";
import "./globals.css";

// Every page reads the database or the run-time configuration (demo banner), so nothing is prerendered.
export const dynamic = "force-dynamic";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Meta" });
  const region = getRegion().name;
  return {
    title: { default: `${t("siteName")} · ${region}`, template: `%s · ${t("siteName")}` },
    description: t("description", { region }),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Layout");
  const region = getRegion();

  return (
    <html lang={locale} dir={textDirection(locale)}>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#main">
            {t("skipToContent")}
          </a>
          {env.APP_MODE === "demo" && (
            <p className="demo-banner" role="note">
              {t("demoBanner")}
            </p>
          )}
          <SiteHeader signOutAction={signOutAction} />
          <main id="main" tabIndex={-1}>
            <Suspense fallback={null}>
              <ActionNotice />
            </Suspense>
            {children}
          </main>
          <SiteFooter operator={region.operator} attribution={region.attribution.text} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
