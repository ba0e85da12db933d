import { prisma } from "@/lib/db";
import { findOfferDetail } from "@/lib/offers/offer-detail";
import { listOfferCards } from "@/lib/offers/queries";
import type { OfferListFilter } from "@/lib/offers/visibility";
import { makeOffer, makeOrganisation, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

const titles = async (filter: OfferListFilter) =>
  (await listOfferCards(filter, { locale: "de" })).offers.map((offer) => offer.title).sort();

test("the public sees published offers within their validity window only", async () => {
  const organisation = await makeOrganisation();
  await makeOffer(organisation.id, { title: "Veröffentlicht" });
  await makeOffer(organisation.id, { title: "Entwurf", status: "draft" });
  await makeOffer(organisation.id, { title: "In Prüfung", status: "in_review" });
  await makeOffer(organisation.id, { title: "Abgelaufen", validUntil: new Date(Date.now() - 86_400_000) });
  expect(await titles({})).toEqual(["Veröffentlicht"]);
});

test("a municipality's offers include county-wide offers and exclude other places", async () => {
  const organisation = await makeOrganisation();
  await makeOffer(organisation.id, { title: "In Verl", municipalitySlugs: ["verl"] });
  await makeOffer(organisation.id, { title: "Kreisweit", isCountyWide: true });
  await makeOffer(organisation.id, { title: "In Rietberg", municipalitySlugs: ["rietberg"] });
  const verl = await prisma.municipality.findUniqueOrThrow({ where: { slug: "verl" } });
  expect(await titles({ municipalityId: verl.id })).toEqual(["In Verl", "Kreisweit"]);
});

test("cards use the reader's translation and fall back to German, saying which language the text is in", async () => {
  const organisation = await makeOrganisation();
  await makeOffer(organisation.id, {
    title: "Sprachcafé",
    translations: [{ locale: "en", title: "Language café", summary: "Practise German" }],
  });
  const [english] = (await listOfferCards({}, { locale: "en" })).offers;
  expect(english).toMatchObject({ title: "Language café", textLocale: "en" });
  const [arabic] = (await listOfferCards({}, { locale: "ar" })).offers;
  expect(arabic).toMatchObject({ title: "Sprachcafé", textLocale: "de" });
});

test("pages count the total and stay within it", async () => {
  const organisation = await makeOrganisation();
  for (let i = 0; i < 5; i++) await makeOffer(organisation.id);
  const page = await listOfferCards({}, { locale: "de", page: 2, perPage: 2 });
  expect(page).toMatchObject({ total: 5, page: 2, pageCount: 3 });
  expect(page.offers).toHaveLength(2);
});

test("lists narrow by topic and by organisation", async () => {
  const [first, second] = [await makeOrganisation(), await makeOrganisation()];
  await makeOffer(first.id, { title: "Sprache", topicSlugs: ["sprache-bildung"] });
  await makeOffer(second.id, { title: "Pflege", topicSlugs: ["gesundheit-pflege"] });
  const health = await prisma.topic.findUniqueOrThrow({ where: { slug: "gesundheit-pflege" } });
  expect(await titles({ topicId: health.id })).toEqual(["Pflege"]);
  expect(await titles({ organisationId: first.id })).toEqual(["Sprache"]);
});

test("an offer's detail is public only when published, and unknown slugs give null", async () => {
  const organisation = await makeOrganisation();
  const published = await makeOffer(organisation.id, { title: "Öffentlich" });
  const draft = await makeOffer(organisation.id, { status: "draft" });
  expect(await findOfferDetail(published.slug, "de")).toMatchObject({
    title: "Öffentlich",
    textLocale: "de",
    organisation: { slug: organisation.slug },
  });
  expect(await findOfferDetail(draft.slug, "de")).toBeNull();
  expect(await findOfferDetail("no-such-offer", "de")).toBeNull();
});

test("an imported offer placed at its postcode's centre says its point is approximate", async () => {
  const organisation = await makeOrganisation();
  const exact = await makeOffer(organisation.id, { location: { lat: 51.88, lng: 8.51 } });
  const approximate = await makeOffer(organisation.id, { location: { lat: 51.89, lng: 8.52 } });
  await prisma.offer.update({ where: { id: approximate.id }, data: { locationApproximate: true } });
  expect((await findOfferDetail(exact.slug, "de"))?.location).toMatchObject({ isApproximate: false });
  expect((await findOfferDetail(approximate.slug, "de"))?.location).toMatchObject({
    point: { lat: 51.89, lng: 8.52 },
    isApproximate: true,
  });
});
