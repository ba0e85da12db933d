import { prisma } from "@/lib/db";
import { listMunicipalitiesWithOfferCounts } from "@/lib/municipalities/queries";
import { listOfferCards } from "@/lib/offers/queries";
import { makeOffer, makeOrganisation, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

test("each municipality's count equals the offers its page lists, county-wide ones included", async () => {
  const organisation = await makeOrganisation();
  await makeOffer(organisation.id, { municipalitySlugs: ["verl", "rietberg"] });
  await makeOffer(organisation.id, { municipalitySlugs: ["verl"] });
  await makeOffer(organisation.id, { isCountyWide: true });
  await makeOffer(organisation.id, { municipalitySlugs: ["verl"], status: "draft" });

  const counts = new Map((await listMunicipalitiesWithOfferCounts()).map((m) => [m.slug, m.offerCount]));
  expect(counts.get("verl")).toBe(3);
  expect(counts.get("rietberg")).toBe(2);
  expect(counts.get("versmold")).toBe(1);
  expect(counts.size).toBe(13);

  for (const municipality of await prisma.municipality.findMany({ select: { id: true, slug: true } })) {
    const listed = await listOfferCards({ municipalityId: municipality.id }, { locale: "de" });
    expect({ slug: municipality.slug, total: listed.total }).toEqual({
      slug: municipality.slug,
      total: counts.get(municipality.slug),
    });
  }
});
