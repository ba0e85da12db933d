import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { inspectFreshnessLink } from "@/lib/freshness/freshness-links";
import type { SearchParams } from "@/lib/validation/page-params";
import { applyFreshnessLinkAction } from "./actions";
import { FreshnessLinkForm } from "./freshness-link-form";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "FreshnessLink" });
  return { title: t("title"), robots: { index: false } };
}

export default async function FreshnessLinkPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("FreshnessLink");
  const raw = (await searchParams).token;
  const token = typeof raw === "string" && raw.length <= 1_000 ? raw : "";
  const state = await inspectFreshnessLink(token);
  return (
    <div className="narrow">
      <h1>{t("title")}</h1>
      <FreshnessLinkForm initial={state} action={applyFreshnessLinkAction.bind(null, token)} />
    </div>
  );
}
