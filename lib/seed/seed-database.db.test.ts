import { prisma } from "@/lib/db";
import { isPointInPolygon } from "@/lib/geo/point-in-polygon";
import { getRegion } from "@/lib/region/region";
import { seedDatabase } from "@/lib/seed/seed-database";
import { resetDatabase } from "@/tests/setup/reset-database";

const region = getRegion();
const now = new Date("2026-11-24T10:00:00Z");

async function countRows() {
  return {
    municipalities: await prisma.municipality.count(),
    postcodes: await prisma.postcode.count(),
    topics: await prisma.topic.count(),
    audiences: await prisma.audience.count(),
    organisations: await prisma.organisation.count(),
    offers: await prisma.offer.count(),
    translations: await prisma.offerTranslation.count(),
    users: await prisma.user.count(),
    registrations: await prisma.registration.count(),
    profiles: await prisma.profile.count(),
    events: await prisma.event.count(),
    workingGroups: await prisma.workingGroup.count(),
  };
}

beforeEach(resetDatabase);

test("seeding twice gives the same database as seeding once", async () => {
  expect(await seedDatabase(prisma, region, { mode: "demo", offers: 400, now })).toBe("created");
  const once = await countRows();
  expect(once).toMatchObject({
    municipalities: 13,
    topics: 6,
    organisations: 60,
    offers: 400,
    // admin, editor, the unregistered demo attendee, and 30 registered attendees with profiles
    users: 33,
    registrations: 30,
    profiles: 30,
    events: 1,
    workingGroups: 6,
  });

  expect(await seedDatabase(prisma, region, { mode: "demo", offers: 400, now })).toBe("not-empty");
  expect(await countRows()).toEqual(once);
});

test("production mode seeds the region but never demo data", async () => {
  expect(await seedDatabase(prisma, region, { mode: "production", offers: 400, now })).toBe("production");
  expect(await countRows()).toMatchObject({
    municipalities: 13,
    topics: 6,
    organisations: 0,
    offers: 0,
    users: 0,
    events: 0,
  });
});

test("every demo location in the database lies inside its municipality's border", async () => {
  await seedDatabase(prisma, region, { mode: "demo", offers: 400, now });
  const polygons = new Map(region.municipalities.map((m) => [m.slug, m.polygon]));
  const organisations = await prisma.organisation.findMany({
    select: { lat: true, lng: true, municipality: { select: { slug: true } } },
  });
  const offers = await prisma.offer.findMany({
    where: { lat: { not: null } },
    select: { lat: true, lng: true, locationMunicipality: { select: { slug: true } } },
  });
  const located = [
    ...organisations.map((o) => ({ lat: o.lat, lng: o.lng, slug: o.municipality.slug })),
    ...offers.map((o) => ({ lat: o.lat, lng: o.lng, slug: o.locationMunicipality?.slug })),
  ];
  expect(located.length).toBeGreaterThan(400);
  const outside = located.filter(({ lat, lng, slug }) => !isPointInPolygon([lng!, lat!], polygons.get(slug!)!));
  expect(outside).toEqual([]);
});

test("the database enforces foreign keys", async () => {
  await expect(
    prisma.offer.create({
      data: { slug: "orphan", title: "Orphan", summary: "", description: "", organisationId: "no-such-organisation" },
    }),
  ).rejects.toThrow(/Foreign key constraint/i);
  expect(await prisma.offer.count()).toBe(0);
});
