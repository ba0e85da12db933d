import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { createOffer, updateOffer } from "@/lib/offers/mutations";
import { approveOffer, completeSecondLook } from "@/lib/offers/review";
import { getOfferReview } from "@/lib/review/offer-review";
import { getReviewQueue } from "@/lib/review/review-queue";
import { DomainError } from "@/lib/result";
import {
  actorFor,
  makeMembership,
  makeOrganisation,
  makeUser,
  offerFormInput,
  seedRegionForTest,
} from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

// The admins' review page of one offer: a preview for a first publication; for an edit of a published offer,
// the version the public saw before the first edit since the last review, beside the one online now.

jest.mock("@/lib/mail/send-localized-mail", () => ({ sendLocalizedMail: jest.fn() }));

let owner: Actor;
let admin: Actor;
let organisationId: string;

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
  const organisation = await makeOrganisation({ status: "approved" });
  organisationId = organisation.id;
  const user = await makeUser();
  await makeMembership(user.id, organisation.id, "owner");
  owner = await actorFor(user.id);
  admin = await actorFor((await makeUser({ email: "admin@example.org", isAdmin: true })).id);
});

async function publishedOffer(): Promise<string> {
  const { id } = await createOffer(owner, organisationId, offerFormInput());
  await prisma.offer.update({ where: { id }, data: { status: "in_review", submittedAt: new Date() } });
  await approveOffer(admin, id);
  return id;
}

test("a queued offer opens as a preview with its waiting date and no diff", async () => {
  const { id } = await createOffer(owner, organisationId, offerFormInput());
  const submittedAt = new Date("2026-11-20T09:00:00Z");
  await prisma.offer.update({ where: { id }, data: { status: "in_review", submittedAt } });
  const review = await getOfferReview(admin, id, "de");
  expect(review).toMatchObject({ stage: "firstPublication", waitingSince: submittedAt, diff: null });
  expect(review?.preview.title).toBe("Sprachcafé am Nachmittag");
});

test("an edit of a published offer is compared with the version before its first edit since the review", async () => {
  const id = await publishedOffer();
  await updateOffer(owner, id, offerFormInput({ summary: "Deutsch sprechen, Kaffee trinken" }));
  await updateOffer(owner, id, offerFormInput({ summary: "Deutsch sprechen und Kuchen essen", costKind: "paid" }));

  const review = await getOfferReview(admin, id, "de");
  expect(review?.stage).toBe("secondLook");
  const changed = review?.diff?.rows?.filter((row) => row.changed);
  // Against the reviewed version, not the intermediate one: both edits show, the unchanged fields do not.
  expect(changed).toEqual([
    {
      field: "summary",
      changed: true,
      published: "Deutsch sprechen bei Kaffee und Kuchen",
      proposed: "Deutsch sprechen und Kuchen essen",
    },
    { field: "costKind", changed: true, published: "free", proposed: "paid" },
  ]);
  // Relations are shown by name in the admin's language, not by slug.
  expect(review?.diff?.rows?.find((row) => row.field === "municipalities")?.published).toEqual(["Verl"]);
  expect(review?.preview.summary).toBe("Deutsch sprechen und Kuchen essen");
});

test("the look done, the baseline is cleared and the next edit starts a new comparison", async () => {
  const id = await publishedOffer();
  await updateOffer(owner, id, offerFormInput({ summary: "Erste Änderung" }));
  await completeSecondLook(admin, id);
  expect((await getOfferReview(admin, id, "de"))?.stage).toBe("none");
  await updateOffer(owner, id, offerFormInput({ summary: "Zweite Änderung" }));
  const rows = (await getOfferReview(admin, id, "de"))?.diff?.rows?.filter((row) => row.changed);
  expect(rows).toEqual([{ field: "summary", changed: true, published: "Erste Änderung", proposed: "Zweite Änderung" }]);
});

test("a second look without a stored baseline says so instead of inventing a diff", async () => {
  const id = await publishedOffer();
  await prisma.offer.update({ where: { id }, data: { secondLookSince: new Date() } }); // as a translation edit does
  expect((await getOfferReview(admin, id, "de"))?.diff).toEqual({ rows: null });
});

test("only admins see a review; an unknown id is null", async () => {
  const id = await publishedOffer();
  await expect(getOfferReview(owner, id, "de")).rejects.toBeInstanceOf(DomainError);
  await expect(getOfferReview(null, id, "de")).rejects.toBeInstanceOf(DomainError);
  expect(await getOfferReview(admin, "no-such-offer", "de")).toBeNull();
});

test("every offer in the queue has a waiting date, even one queued before submittedAt was recorded", async () => {
  const { id } = await createOffer(owner, organisationId, offerFormInput());
  await prisma.offer.update({ where: { id }, data: { status: "in_review", submittedAt: null } });
  const queue = await getReviewQueue(admin, {});
  expect(queue.offers).toHaveLength(1);
  expect(queue.offers[0]?.waitingSince).toBeInstanceOf(Date);
});
