import { prisma } from "@/lib/db";
import { findSimilarOrganisations } from "@/lib/organisations/similar-organisations";
import { makeOrganisation, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

const HOUSE = { lat: 51.8881, lng: 8.5152 }; // a building in Verl

/** An organisation in Verl named "Sprachcafé Verl <label>" at HOUSE. */
async function organisationAtHouse(status: string, label: string) {
  const organisation = await makeOrganisation({ municipalitySlug: "verl", status });
  return prisma.organisation.update({
    where: { id: organisation.id },
    data: { name: `Sprachcafé ${label} Verl`, ...HOUSE },
    select: { slug: true, name: true },
  });
}

test("the duplicate warning names public organisations, by similar name and by address", async () => {
  const approved = await organisationAtHouse("approved", "Nord");
  expect(await findSimilarOrganisations({ name: "Sprachcafé Nord", municipality: "verl" })).toEqual([
    expect.objectContaining({ slug: approved.slug, reason: "name", isClaimable: true }),
  ]);
  expect(await findSimilarOrganisations({ name: "Ganz anders", municipality: "rietberg", ...HOUSE })).toEqual([
    expect.objectContaining({ slug: approved.slug, reason: "nearby" }),
  ]);
});

test.each(["pending", "rejected", "suspended"])(
  "a %s organisation is never revealed, neither by its name nor by its address",
  async (status) => {
    const hidden = await organisationAtHouse(status, "Süd");
    const byName = await findSimilarOrganisations({ name: hidden.name, municipality: "verl" });
    const byAddress = await findSimilarOrganisations({ name: "Ganz anders", municipality: "verl", ...HOUSE });
    expect([...byName, ...byAddress]).toEqual([]);
  },
);
