import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getRegion } from "@/lib/region/region";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Legal" });
  return { title: t("dataTitle") };
}

export default async function DataSourcesPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("Legal");
  const region = getRegion();
  return (
    <>
      <h1>{t("dataTitle")}</h1>
      <ul lang="de" dir="ltr">
        {region.dataSources.map((source) => (
          <li key={source.url + source.text}>
            {source.text} (<a href={source.url}>{source.url.replace(/^https?:\/\//, "")}</a>)
          </li>
        ))}
      </ul>
      <p className="muted">{region.attribution.text}</p>
    </>
  );
}
