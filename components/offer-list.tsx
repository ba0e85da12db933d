import { getTranslations } from "next-intl/server";
import { OfferCard } from "@/components/offer-card";
import { Link } from "@/lib/i18n/navigation";
import type { OfferPage } from "@/lib/offers/queries";

type Props = { result: OfferPage; pathname: string; query?: Record<string, string> };

/** A page of offer cards with previous/next links that keep the rest of the query. */
export async function OfferList({ result, pathname, query = {} }: Props) {
  const t = await getTranslations("Offers");
  const pageHref = (page: number) => ({ pathname, query: { ...query, ...(page > 1 ? { page: String(page) } : {}) } });
  return (
    <>
      <ul className="card-grid">
        {result.offers.map((offer) => (
          <li key={offer.slug}>
            <OfferCard offer={offer} />
          </li>
        ))}
      </ul>
      {result.pageCount > 1 && (
        <nav className="pagination" aria-label={t("pagination")}>
          {result.page > 1 && <Link href={pageHref(result.page - 1)}>{t("previousPage")}</Link>}
          <span>{t("pageOf", { page: result.page, pageCount: result.pageCount })}</span>
          {result.page < result.pageCount && <Link href={pageHref(result.page + 1)}>{t("nextPage")}</Link>}
        </nav>
      )}
    </>
  );
}
