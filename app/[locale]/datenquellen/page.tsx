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
      <h2>{t("openDataTitle")}</h2>
      <p>
        {t.rich("openDataText", {
          name: region.openDataLicence.name,
          licence: (chunks) => <a href={region.openDataLicence.url}>{chunks}</a>,
        })}
      </p>
      {/* Plain links to this instance's own routes: nothing is requested from elsewhere. */}
      <ul>
        <li>
          <a href="/api/hsds/datapackage.zip" download>
            {t("openDataPackage")}
          </a>
        </li>
        <li>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON answer, not a page to route to */}
          <a href="/api/hsds">{t("openDataApi")}</a>
        </li>
        <li>
          <a href="/api/hsds/openapi.json">{t("openDataDescription")}</a>
        </li>
      </ul>
    </>
  );
}
