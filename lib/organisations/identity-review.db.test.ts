import { prisma } from "@/lib/db";
import { saveTranslation } from "@/lib/offers/translations";
import {
  approveIdentityChange,
  completeOrganisationSecondLook,
  rejectIdentityChange,
} from "@/lib/organisations/identity-review";
import { getOrganisationForEdit } from "@/lib/organisations/dashboard-queries";
import { updateOrganisation } from "@/lib/organisations/mutations";
import { findOrganisationProfile } from "@/lib/organisations/queries";
import { getReviewQueue } from "@/lib/review/review-queue";
import {
  actorFor,
  makeMembership,
  makeOffer,
  makeOrganisation,
  makeUser,
  organisationFormInput,
  seedRegionForTest,
} from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

/** An approved, verified organisation saved once through the form, with its owner and an admin. */
async function approvedOrganisation() {
  const { id, slug } = await makeOrganisation({ status: "pending" });
  const owner = await makeUser();
  await makeMembership(owner.id, id, "owner");
  const ownerActor = await actorFor(owner.id);
  await updateOrganisation(ownerActor, id, organisationFormInput());
  await prisma.organisation.update({ where: { id }, data: { status: "approved", verifiedAt: new Date() } });
  const admin = await actorFor((await makeUser({ isAdmin: true })).id);
  return { id, slug, owner: ownerActor, admin };
}

const publicProfile = async (slug: string) => (await findOrganisationProfile(slug))!;

test("before approval the whole profile is under review anyway and changes at once", async () => {
  const { id, slug } = await makeOrganisation({ status: "pending" });
  const owner = await makeUser();
  await makeMembership(owner.id, id, "owner");
  const result = await updateOrganisation(await actorFor(owner.id), id, organisationFormInput({ name: "Neuer Name" }));
  expect(result.waitingForReview).toEqual([]);
  expect((await prisma.organisation.findUniqueOrThrow({ where: { slug } })).name).toBe("Neuer Name");
});

test("a new name, website, e-mail or address of an approved organisation waits; the public sees the old values", async () => {
  const { id, slug, owner } = await approvedOrganisation();
  const result = await updateOrganisation(
    owner,
    id,
    organisationFormInput({
      name: "Falscher Name e. V.",
      website: "https://phishing.example.com",
      email: "kasse@example.com",
      street: "Andere Straße 9",
      phone: "05246 99999",
    }),
  );
  expect(result.waitingForReview.sort()).toEqual(["email", "name", "phone", "street", "website"]);

  const profile = await publicProfile(slug);
  expect(profile).toMatchObject({ name: "Nachbarschaftshilfe Verl", email: "info@example.org", isVerified: true });
  expect(profile.website).not.toContain("phishing");
  expect(profile.phone).toBe("05246 12345");

  // The form shows what waits, so saving another field later does not withdraw it.
  const form = await getOrganisationForEdit(owner, slug);
  expect(form).toMatchObject({ name: "Falscher Name e. V.", email: "kasse@example.com" });
  expect(form.waitingForReview.sort()).toEqual(["email", "name", "phone", "street", "website"]);
});

test("an admin sees the change field by field and approving makes it public and tells the members", async () => {
  const { id, slug, owner, admin } = await approvedOrganisation();
  await updateOrganisation(owner, id, organisationFormInput({ name: "Nachbarschaftshilfe Verl-Sürenheide" }));
  const queue = await getReviewQueue(admin, {});
  expect(queue.organisationChanges).toHaveLength(1);
  expect(queue.organisationChanges[0]!.identityChanges).toEqual([
    { field: "name", published: "Nachbarschaftshilfe Verl", proposed: "Nachbarschaftshilfe Verl-Sürenheide" },
  ]);
  expect(queue.organisationChanges[0]!.since).toBeInstanceOf(Date);

  await approveIdentityChange(admin, id);
  expect((await publicProfile(slug)).name).toBe("Nachbarschaftshilfe Verl-Sürenheide");
  expect((await getReviewQueue(admin, {})).organisationChanges).toHaveLength(0);
  expect(await prisma.devMail.count({ where: { to: owner.email, subject: { contains: "freigegeben" } } })).toBe(1);
  await expect(approveIdentityChange(admin, id)).rejects.toMatchObject({ code: "conflict" });
});

test("rejecting keeps the approved values and mails the reason", async () => {
  const { id, slug, owner, admin } = await approvedOrganisation();
  await updateOrganisation(owner, id, organisationFormInput({ website: "https://other.example.com" }));
  await expect(rejectIdentityChange(admin, id, { reason: "" })).rejects.toMatchObject({ code: "invalid_input" });
  await rejectIdentityChange(admin, id, { reason: "Die Website gehört nicht zur Organisation." });
  expect((await publicProfile(slug)).website).not.toContain("other.example.com");
  const [mail] = await prisma.devMail.findMany({
    where: { to: owner.email, subject: { contains: "nicht übernommen" } },
  });
  expect(mail!.text).toContain("Die Website gehört nicht zur Organisation.");
  expect((await getOrganisationForEdit(owner, slug)).waitingForReview).toEqual([]);
});

test("putting the approved values back withdraws the waiting change", async () => {
  const { id, owner, admin } = await approvedOrganisation();
  await updateOrganisation(owner, id, organisationFormInput({ name: "Tippfehler e. V." }));
  await updateOrganisation(owner, id, organisationFormInput());
  expect((await getReviewQueue(admin, {})).organisationChanges).toHaveLength(0);
});

test("a changed description goes live at once and gets a second look", async () => {
  const { id, slug, owner, admin } = await approvedOrganisation();
  const result = await updateOrganisation(owner, id, organisationFormInput({ description: "Neu: Hausaufgabenhilfe." }));
  expect(result.waitingForReview).toEqual([]);
  expect((await publicProfile(slug)).description).toBe("Neu: Hausaufgabenhilfe.");
  const [item] = (await getReviewQueue(admin, {})).organisationChanges;
  expect(item).toMatchObject({ descriptionChanged: true, identityChanges: [] });
  await completeOrganisationSecondLook(admin, id);
  expect((await getReviewQueue(admin, {})).organisationChanges).toHaveLength(0);
});

test("only admins decide", async () => {
  const { id, owner } = await approvedOrganisation();
  await updateOrganisation(owner, id, organisationFormInput({ name: "Anderer Name" }));
  await expect(approveIdentityChange(owner, id)).rejects.toMatchObject({ code: "forbidden" });
  await expect(rejectIdentityChange(null, id, { reason: "x".repeat(20) })).rejects.toMatchObject({
    code: "unauthenticated",
  });
  await expect(completeOrganisationSecondLook(owner, id)).rejects.toMatchObject({ code: "forbidden" });
});

test("a translation saved for a published offer gets the offers' second look, like an edit of its German text", async () => {
  const { id, owner, admin } = await approvedOrganisation();
  const offer = await makeOffer(id, { status: "published" });
  await saveTranslation(owner, offer.id, "en", {
    title: "Homework help",
    summary: "Help with homework for pupils",
    description: "Every Wednesday volunteers help pupils with their homework.",
    origin: "author",
  });
  expect((await getReviewQueue(admin, {})).secondLooks.map((item) => item.id)).toEqual([offer.id]);
});
