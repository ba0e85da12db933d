import { getOfferSearchIndex } from "@/lib/search/get-offer-search-index";

export type NearbyOffer = {
  id: string;
  slug: string;
  title: string;
  organisationName: string;
  distanceKm: number;
  location: { lat: number; lng: number };
};

/** Up to `limit` public offers on the same topics within 15 km, nearest first, in the reader's locale. */
export async function listNearbyOffers(
  offer: { slug: string; location: { lat: number; lng: number }; topics: string[] },
  locale: string,
  limit = 4,
): Promise<NearbyOffer[]> {
  const index = await getOfferSearchIndex();
  const result = await index.search({
    text: "",
    filters: {
      municipality: [],
      topic: offer.topics,
      language: [],
      audience: [],
      isFree: false,
      near: { ...offer.location, radiusKm: 15 },
      bbox: null,
    },
    sort: "distance",
    page: 1,
    perPage: limit + 1,
  });
  return result.hits
    .filter(({ document }) => document.slug !== offer.slug && document.location)
    .slice(0, limit)
    .map(({ document, distanceKm }) => ({
      id: document.id,
      slug: document.slug,
      title: (locale !== "de" && document.translations[locale]?.title) || document.title,
      organisationName: document.organisation.name,
      distanceKm: distanceKm ?? 0,
      location: document.location!,
    }));
}
