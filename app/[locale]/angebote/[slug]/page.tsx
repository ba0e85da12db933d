import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { OfferDetailView } from "@/components/offer-detail-view";
import { findOfferDetail } from "@/lib/offers/offer-detail";
import { listNearbyOffers } from "@/lib/search/nearby-offers";
import { parseSlug } from "@/lib/validation/page-params";

type Props = { params: Promise<{ locale: string; slug: string }> };

async function loadOffer(params: Props["params"]) {
  const { locale, slug } = await params;
  const validSlug = parseSlug(slug);
  const offer = validSlug ? await findOfferDetail(validSlug, locale) : null;
  if (!offer) notFound();
  return { locale, offer };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { offer } = await loadOffer(params);
  return { title: offer.title, description: offer.summary };
}

export default async function OfferPage({ params }: Props) {
  const { locale, offer } = await loadOffer(params);
  setRequestLocale(locale);
  const point = offer.location.point;
  const nearby = point
    ? await listNearbyOffers(
        { slug: offer.slug, location: point, topics: offer.topics.map((topic) => topic.slug) },
        locale,
      ).catch(() => [])
    : [];
  return <OfferDetailView offer={offer} locale={locale} nearby={nearby} />;
}
