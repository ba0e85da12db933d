import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { approveIdentityChange } from "@/lib/organisations/identity-review";
import { getOrganisationReview } from "@/lib/review/organisation-review";
import { DomainError } from "@/lib/result";
import { actorFor, makeMembership, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

// The admins' review page of one organisation: the profile as the public will see it after approval, the
// waiting identity change field by field, and since when it waits.

jest.mock("@/lib/mail/send-localized-mail", () => ({ sendLocalizedMail: jest.fn() }));

let admin: Actor;

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
  admin = await actorFor((await makeUser({ email: "admin@example.org", isAdmin: true })).id);
});

test("a new organisation opens as its public profile will be, with who registered it and since when", async () => {
  const organisation = await makeOrganisation({ status: "pending" });
  const user = await makeUser({ email: "verein@example.org" });
  await makeMembership(user.id, organisation.id, "owner");
  const review = await getOrganisationReview(admin, organisation.id);
  expect(review).toMatchObject({
    stage: "new",
    registeredBy: ["verein@example.org"],
    identityChanges: [],
    preview: { name: organisation.name, isVerified: true, municipality: { slug: "verl", name: "Verl" } },
  });
  expect(review?.waitingSince).toBeInstanceOf(Date);
});

test("a waiting identity change is previewed applied and listed as published beside proposed", async () => {
  const organisation = await makeOrganisation();
  const gueterslohId = (await prisma.municipality.findUniqueOrThrow({ where: { slug: "guetersloh" } })).id;
  const current = await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
  const since = new Date("2026-11-30T08:00:00Z");
  await prisma.organisation.update({
    where: { id: organisation.id },
    data: {
      pendingIdentitySince: since,
      pendingIdentityJson: JSON.stringify({
        name: "Neuer Name e. V.",
        website: current.website,
        email: current.email,
        phone: current.phone,
        street: current.street,
        postcode: current.postcode,
        municipalityId: gueterslohId,
        lat: current.lat,
        lng: current.lng,
      }),
    },
  });
  const review = await getOrganisationReview(admin, organisation.id);
  expect(review).toMatchObject({ stage: "changes", waitingSince: since, descriptionChanged: false });
  expect(review?.preview).toMatchObject({ name: "Neuer Name e. V.", municipality: { name: "Gütersloh" } });
  expect(review?.identityChanges).toEqual([
    { field: "name", published: organisation.name, proposed: "Neuer Name e. V." },
    { field: "municipalityId", published: "Verl", proposed: "Gütersloh" },
  ]);

  await approveIdentityChange(admin, organisation.id);
  expect((await getOrganisationReview(admin, organisation.id))?.stage).toBe("none");
});

test("only admins see it; an unknown id is null", async () => {
  const organisation = await makeOrganisation({ status: "pending" });
  const user = await makeUser();
  await makeMembership(user.id, organisation.id, "owner");
  await expect(getOrganisationReview(await actorFor(user.id), organisation.id)).rejects.toBeInstanceOf(DomainError);
  expect(await getOrganisationReview(admin, "no-such-organisation")).toBeNull();
});
