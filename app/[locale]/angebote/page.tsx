import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferList } from "@/components/offer-list";
import { SearchForm } from "@/components/search-form";
import { listOfferCards, offersContainingTextWhere, publishedOfferWhere } from "@/lib/offers/queries";
import { OfferTextQuerySchema } from "@/lib/offers/schemas";
import { parsePageParam, type SearchParams } from "@/lib/validation/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Offers" });
  return { title: t("resultsTitle") };
}

export default async function OffersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Offers");
  const query = await searchParams;
  const rawText = Array.isArray(query.q) ? (query.q[0] ?? "") : (query.q ?? "");
  const text = OfferTextQuerySchema.safeParse(rawText);
  const page = parsePageParam(query.page);

  if (!text.success) {
    return (
      <>
        <h1>{t("resultsTitle")}</h1>
        <SearchForm />
        <p role="alert" className="notice">
          {t("queryTooLong")}
        </p>
      </>
    );
  }

  const where = text.data ? offersContainingTextWhere(text.data) : publishedOfferWhere();
  const result = await listOfferCards(where, { locale, page });
  return (
    <>
      <h1>{text.data ? t("resultsFor", { query: text.data }) : t("resultsTitle")}</h1>
      <SearchForm defaultValue={text.data} />
      <p role="status">{t("resultCount", { count: result.total })}</p>
      {result.total === 0 ? (
        <p>{t("noResults")}</p>
      ) : (
        <OfferList result={result} pathname="/angebote" query={text.data ? { q: text.data } : {}} />
      )}
    </>
  );
}
