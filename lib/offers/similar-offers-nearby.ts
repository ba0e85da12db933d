import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { distanceKm } from "@/lib/geo/distance";
import { localizedName } from "@/lib/i18n/localized-name";
import { publishedOfferWhere } from "@/lib/offers/visibility";
import { areNeighbours } from "@/lib/region/neighbours";
import { getRegion, type Region } from "@/lib/region/region";

// "Similar offers nearby" on an organisation's dashboard: public offers of other organisations on a topic of
// one of its published offers, close to that offer. A prompt to cooperate, so every entry says why it is
// there (the shared topics, the distance or the municipality) and nothing is ranked by anything unsaid.
// All data shown is public; the dashboard page has already checked that the reader belongs to the organisation.

/** Same radius as the offer page's "nearby offers". */
export const SIMILAR_OFFER_RADIUS_KM = 15;

export type SimilarOfferReason = {
  key: "sharedTopics" | "distance" | "sameMunicipality" | "neighbouringMunicipality";
  values: Record<string, string | number>;
};

export type SimilarOfferNearby = {
  slug: string;
  title: string;
  titleLocale: string; // the reader's locale when translated, else German
  organisation: { slug: string; name: string };
  sharedTopicCount: number;
  distanceKm: number | null; // measured between the two offers' locations; null when placed by municipality
  /** Render with `Matchmaking.similarOffers.reasons.<key>`. */
  reasons: SimilarOfferReason[];
};

const offerSelect = (locale: string) =>
  ({
    id: true,
    slug: true,
    title: true,
    lat: true,
    lng: true,
    locationMunicipalityId: true,
    organisation: { select: { slug: true, name: true } },
    municipalities: { select: { municipalityId: true } },
    topics: { select: { topicId: true } },
    translations: { where: { locale }, select: { title: true }, take: 1 },
  }) satisfies Prisma.OfferSelect;

type OfferRow = Prisma.OfferGetPayload<{ select: ReturnType<typeof offerSelect> }>;
type Municipality = { id: string; slug: string; name: string; center: { lat: number; lng: number } };

type Proximity = { rankKm: number; distanceKm: number | null; reason: SimilarOfferReason };

// Where an offer is: its own point, else its location's municipality, else the municipalities it serves.
// County-wide and online offers without a place have no proximity to anything.
function placesOf(offer: OfferRow): string[] {
  if (offer.locationMunicipalityId) return [offer.locationMunicipalityId];
  return offer.municipalities.map(({ municipalityId }) => municipalityId);
}

function proximity(
  own: OfferRow,
  other: OfferRow,
  municipalities: Map<string, Municipality>,
  region: Region,
): Proximity | null {
  if (own.lat !== null && own.lng !== null && other.lat !== null && other.lng !== null) {
    const km = distanceKm({ lat: own.lat, lng: own.lng }, { lat: other.lat, lng: other.lng });
    if (km > SIMILAR_OFFER_RADIUS_KM) return null;
    const shown = Math.max(0.1, Math.round(km * 10) / 10);
    return { rankKm: km, distanceKm: shown, reason: { key: "distance", values: { distance: shown } } };
  }
  // Without two points, the same or a neighbouring municipality counts as nearby; for ranking, the distance
  // between the municipalities' centres stands in (0 within one municipality).
  let best: Proximity | null = null;
  for (const ownPlace of placesOf(own).flatMap((id) => municipalities.get(id) ?? [])) {
    for (const otherPlace of placesOf(other).flatMap((id) => municipalities.get(id) ?? [])) {
      let candidate: Proximity | null = null;
      if (ownPlace.id === otherPlace.id) {
        candidate = {
          rankKm: 0,
          distanceKm: null,
          reason: { key: "sameMunicipality", values: { municipality: ownPlace.name } },
        };
      } else if (areNeighbours(region, ownPlace.slug, otherPlace.slug)) {
        candidate = {
          rankKm: distanceKm(ownPlace.center, otherPlace.center),
          distanceKm: null,
          reason: {
            key: "neighbouringMunicipality",
            values: { municipality: otherPlace.name, ownMunicipality: ownPlace.name },
          },
        };
      }
      if (candidate && (!best || candidate.rankKm < best.rankKm)) best = candidate;
    }
  }
  return best;
}

const titleOf = (offer: OfferRow) => offer.translations[0]?.title ?? offer.title;

type Pair = { ownOffer: OfferRow; sharedTopicIds: string[]; near: Proximity };

/** The organisation's offer most like `other`: most shared topics, then nearest; null when none is near. */
function closestSimilarPair(
  other: OfferRow,
  own: OfferRow[],
  municipalities: Map<string, Municipality>,
  region: Region,
): Pair | null {
  let best: Pair | null = null;
  for (const ownOffer of own) {
    const ownTopics = new Set(ownOffer.topics.map(({ topicId }) => topicId));
    const sharedTopicIds = other.topics.map(({ topicId }) => topicId).filter((id) => ownTopics.has(id));
    if (sharedTopicIds.length === 0) continue;
    const near = proximity(ownOffer, other, municipalities, region);
    if (!near) continue;
    const shared = sharedTopicIds.length;
    if (
      !best ||
      shared > best.sharedTopicIds.length ||
      (shared === best.sharedTopicIds.length && near.rankKm < best.near.rankKm)
    ) {
      best = { ownOffer, sharedTopicIds, near };
    }
  }
  return best;
}

/**
 * Up to `limit` published offers of other organisations that share a topic with one of the organisation's
 * published offers and lie within 15 km of it (or in the same or a neighbouring municipality), most shared
 * topics first, then nearest.
 */
export async function listSimilarOffersNearby(
  organisationId: string,
  locale: string,
  { limit = 5, now = new Date(), region = getRegion() }: { limit?: number; now?: Date; region?: Region } = {},
): Promise<SimilarOfferNearby[]> {
  const select = offerSelect(locale);
  const own = await prisma.offer.findMany({ where: { ...publishedOfferWhere(now), organisationId }, select });
  const topicIds = [...new Set(own.flatMap((offer) => offer.topics.map(({ topicId }) => topicId)))];
  if (topicIds.length === 0) return [];
  const [others, municipalityRows, topics] = await Promise.all([
    prisma.offer.findMany({
      where: {
        ...publishedOfferWhere(now),
        // The organisation's own offers never suggest themselves; the id guard states it for the offer itself.
        organisationId: { not: organisationId },
        id: { notIn: own.map(({ id }) => id) },
        topics: { some: { topicId: { in: topicIds } } },
      },
      select,
    }),
    prisma.municipality.findMany({ select: { id: true, slug: true, name: true, centerLat: true, centerLng: true } }),
    prisma.topic.findMany({ where: { id: { in: topicIds } }, select: { id: true, namesJson: true, sortOrder: true } }),
  ]);
  const municipalities = new Map(
    municipalityRows.map((m) => [m.id, { ...m, center: { lat: m.centerLat, lng: m.centerLng } }]),
  );
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const topicNames = (ids: string[]) =>
    ids
      .flatMap((id) => topicById.get(id) ?? [])
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((topic) => localizedName(topic.namesJson, locale));

  const found = others.flatMap((other) => {
    const pair = closestSimilarPair(other, own, municipalities, region);
    if (!pair) return [];
    const sharedTopics: SimilarOfferReason = {
      key: "sharedTopics",
      values: { offer: titleOf(pair.ownOffer), topics: list.format(topicNames(pair.sharedTopicIds)) },
    };
    return [
      {
        slug: other.slug,
        title: titleOf(other),
        titleLocale: other.translations[0] ? locale : "de",
        organisation: other.organisation,
        sharedTopicCount: pair.sharedTopicIds.length,
        distanceKm: pair.near.distanceKm,
        rankKm: pair.near.rankKm,
        reasons: [sharedTopics, pair.near.reason],
      },
    ];
  });
  // One entry per title: a course held at several places (or entered twice) would otherwise fill the short
  // list with the same name. The best-ranked one stays, and the limit counts distinct titles.
  const seenTitles = new Set<string>();
  return found
    .sort(
      (a, b) =>
        b.sharedTopicCount - a.sharedTopicCount || a.rankKm - b.rankKm || a.title.localeCompare(b.title, locale),
    )
    .filter(({ title }) => {
      const key = normalisedTitle(title, locale);
      if (seenTitles.has(key)) return false;
      seenTitles.add(key);
      return true;
    })
    .slice(0, limit)
    .map(({ rankKm: _rankKm, ...offer }) => offer);
}

/** A title as a person compares it: case, Unicode form and runs of whitespace do not matter. */
export function normalisedTitle(title: string, locale: string): string {
  return title.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase(locale);
}
