import { createTranslator } from "next-intl";
import { prisma } from "@/lib/db";
import { listSimilarOffersNearby, type SimilarOfferNearby } from "@/lib/offers/similar-offers-nearby";
import { getRegion } from "@/lib/region/region";
import de from "@/messages/de.json";
import { makeOffer, makeOrganisation, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

const centre = (slug: string) => getRegion().municipalities.find((m) => m.slug === slug)!.center;

/** Gives an offer a point (`at`) and a location municipality, or takes its point away (`at: null`). */
async function place(offerId: string, municipalitySlug: string, at: { lat: number; lng: number } | null) {
  const municipality = await prisma.municipality.findUniqueOrThrow({ where: { slug: municipalitySlug } });
  await prisma.offer.update({
    where: { id: offerId },
    data: { locationMunicipalityId: municipality.id, lat: at?.lat ?? null, lng: at?.lng ?? null },
  });
}

const t = createTranslator({ locale: "de", messages: de, namespace: "Matchmaking.similarOffers" });
const inWords = (offer: SimilarOfferNearby) => offer.reasons.map(({ key, values }) => t(`reasons.${key}`, values));
const titles = (offers: SimilarOfferNearby[]) => offers.map(({ title }) => title);

test("finds other organisations' offers on the same topic within 15 km, and says why", async () => {
  const [mine, other] = [await makeOrganisation(), await makeOrganisation({ municipalitySlug: "guetersloh" })];
  const sprachcafe = await makeOffer(mine.id, { title: "Sprachcafé Verl", topicSlugs: ["sprache-bildung"] });
  await place(sprachcafe.id, "verl", centre("verl"));

  const near = await makeOffer(other.id, { title: "Deutschkurs Gütersloh", topicSlugs: ["sprache-bildung"] });
  await place(near.id, "guetersloh", centre("guetersloh")); // ≈ 9 km from Verl's centre
  const far = await makeOffer(other.id, { title: "Deutschkurs Versmold", topicSlugs: ["sprache-bildung"] });
  await place(far.id, "versmold", centre("versmold")); // ≈ 26 km
  const otherTopic = await makeOffer(other.id, { title: "Pflegeberatung", topicSlugs: ["gesundheit-pflege"] });
  await place(otherTopic.id, "verl", centre("verl"));
  const draft = await makeOffer(other.id, { title: "Entwurf", topicSlugs: ["sprache-bildung"], status: "draft" });
  await place(draft.id, "verl", centre("verl"));
  const ownOther = await makeOffer(mine.id, { title: "Eigenes Angebot", topicSlugs: ["sprache-bildung"] });
  await place(ownOther.id, "verl", centre("verl"));

  const found = await listSimilarOffersNearby(mine.id, "de");
  expect(found).toEqual([
    {
      slug: near.slug,
      title: "Deutschkurs Gütersloh",
      titleLocale: "de",
      organisation: { slug: other.slug, name: other.name },
      sharedTopicCount: 1,
      distanceKm: expect.closeTo(9, 0) as number,
      reasons: expect.any(Array) as unknown,
    },
  ]);
  const [reasonTopics, reasonDistance] = inWords(found[0]!);
  expect(reasonTopics).toBe("Gleiches Thema wie Ihr Angebot „Sprachcafé Verl“: Sprache und Bildung");
  expect(reasonDistance).toMatch(/^\d+,\d km entfernt$/);
});

test("without a location, the same or a neighbouring municipality counts as nearby", async () => {
  const [mine, other] = [await makeOrganisation(), await makeOrganisation()];
  await makeOffer(mine.id, { title: "Sprachcafé Verl", municipalitySlugs: ["verl"] });
  await makeOffer(other.id, { title: "Lernhilfe Verl", municipalitySlugs: ["verl"] });
  await makeOffer(other.id, { title: "Lernhilfe Rietberg", municipalitySlugs: ["rietberg"] });
  await makeOffer(other.id, { title: "Lernhilfe Versmold", municipalitySlugs: ["versmold"] });
  await makeOffer(other.id, { title: "Kreisweit", isCountyWide: true });

  const found = await listSimilarOffersNearby(mine.id, "de");
  expect(titles(found)).toEqual(["Lernhilfe Verl", "Lernhilfe Rietberg"]);
  expect(found.map(inWords).map(([, place]) => place)).toEqual(["Ebenfalls in Verl", "In Rietberg, gleich neben Verl"]);
  expect(found.every(({ distanceKm }) => distanceKm === null)).toBe(true);
});

test("more shared topics rank first, then the nearer offer, and at most five are listed", async () => {
  const [mine, other] = [await makeOrganisation(), await makeOrganisation()];
  const own = await makeOffer(mine.id, { topicSlugs: ["sprache-bildung", "arbeit-wirtschaft"] });
  await place(own.id, "verl", centre("verl"));
  const at = (kmNorth: number) => ({ lat: centre("verl").lat + kmNorth / 111.2, lng: centre("verl").lng });
  const offers: [string, string[], number][] = [
    ["Ein Thema, 1 km", ["sprache-bildung"], 1],
    ["Zwei Themen, 8 km", ["sprache-bildung", "arbeit-wirtschaft"], 8],
    ["Ein Thema, 3 km", ["arbeit-wirtschaft"], 3],
    ["Ein Thema, 5 km", ["sprache-bildung"], 5],
    ["Ein Thema, 6 km", ["sprache-bildung"], 6],
    ["Ein Thema, 7 km", ["sprache-bildung"], 7],
  ];
  for (const [title, topicSlugs, km] of offers) {
    const offer = await makeOffer(other.id, { title, topicSlugs });
    await place(offer.id, "verl", at(km));
  }

  const found = await listSimilarOffersNearby(mine.id, "de");
  expect(titles(found)).toEqual([
    "Zwei Themen, 8 km",
    "Ein Thema, 1 km",
    "Ein Thema, 3 km",
    "Ein Thema, 5 km",
    "Ein Thema, 6 km",
  ]);
  expect(inWords(found[0]!)[0]).toContain("Sprache und Bildung und Arbeit und Wirtschaft");
  expect(found[1]!.distanceKm).toBeCloseTo(1, 1);
});

test("titles and topic names come in the reader's language", async () => {
  const [mine, other] = [await makeOrganisation(), await makeOrganisation()];
  await makeOffer(mine.id, {
    title: "Sprachcafé",
    translations: [{ locale: "en", title: "Language café", summary: "-" }],
  });
  await makeOffer(other.id, {
    title: "Deutschkurs",
    translations: [{ locale: "en", title: "German course", summary: "-" }],
  });

  const [found] = await listSimilarOffersNearby(mine.id, "en");
  expect(found).toMatchObject({
    title: "German course",
    titleLocale: "en",
    reasons: [{ key: "sharedTopics", values: { offer: "Language café", topics: "Language and education" } }, {}],
  });
});

test("an organisation without published offers gets no suggestions", async () => {
  const [mine, other] = [await makeOrganisation(), await makeOrganisation()];
  await makeOffer(mine.id, { status: "draft" });
  await makeOffer(other.id);
  expect(await listSimilarOffersNearby(mine.id, "de")).toEqual([]);
});

test("the same title is listed once, the nearest of its offers, and the limit counts distinct titles", async () => {
  const [mine, other, third] = [await makeOrganisation(), await makeOrganisation(), await makeOrganisation()];
  const own = await makeOffer(mine.id, { title: "Sprachcafé Verl" });
  await place(own.id, "verl", centre("verl"));
  const at = (kmNorth: number) => ({ lat: centre("verl").lat + kmNorth / 111.2, lng: centre("verl").lng });
  const offers: [string, string, number][] = [
    [other.id, "Deutschkurs A1", 4],
    [other.id, "  deutschkurs   a1 ", 2], // the same course at a second place, typed a little differently
    [third.id, "DEUTSCHKURS A1", 1], // and a third organisation's entry of it
    [other.id, "Lernhilfe", 3],
    [other.id, "Lernhilfe", 5],
    [other.id, "Elterncafé", 6],
    [other.id, "Nähcafé", 7],
    [other.id, "Bewerbungstraining", 8],
  ];
  const ids = new Map<string, string>();
  for (const [organisationId, title, km] of offers) {
    const offer = await makeOffer(organisationId, { title });
    await place(offer.id, "verl", at(km));
    ids.set(`${title}@${km}`, offer.slug);
  }

  const found = await listSimilarOffersNearby(mine.id, "de");
  expect(titles(found)).toEqual(["DEUTSCHKURS A1", "Lernhilfe", "Elterncafé", "Nähcafé", "Bewerbungstraining"]);
  expect(found[0]!.slug).toBe(ids.get("DEUTSCHKURS A1@1"));
  expect(found[1]!.slug).toBe(ids.get("Lernhilfe@3"));
  expect(found.map(({ slug }) => slug)).not.toContain(own.slug);
});
