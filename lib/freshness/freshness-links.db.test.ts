import { prisma } from "@/lib/db";
import { applyFreshnessLink, createFreshnessToken, inspectFreshnessLink } from "@/lib/freshness/freshness-links";
import { sendReminderDigests } from "@/lib/freshness/reminders";
import { DAY_MS } from "@/lib/offers/freshness";
import { makeMembership, makeOffer, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

// Links bound to a moment and a person: a places-free link is spent by any later change of the status, and a
// link works only while its recipient may still edit the offer (ADR 011).

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

const issuedAt = () => new Date(Date.now() - 1_000);

async function offerWithMember() {
  const organisation = await makeOrganisation();
  const { id } = await makeOffer(organisation.id);
  await prisma.offer.update({ where: { id }, data: { lastConfirmedAt: new Date(Date.now() - 200 * DAY_MS) } });
  const member = await makeUser();
  await makeMembership(member.id, organisation.id, "editor");
  return { offerId: id, organisationId: organisation.id, memberId: member.id };
}

const availabilityOf = async (offerId: string) =>
  (await prisma.offer.findUniqueOrThrow({ where: { id: offerId }, select: { availability: true } })).availability;

/** A change of the places-free status on the dashboard (or by another link) after the mail went out. */
const setAvailabilityElsewhere = (offerId: string, availability: string) =>
  prisma.offer.update({ where: { id: offerId }, data: { availability, availabilitySetAt: new Date() } });

test("a used places-free link cannot be replayed after someone else changed the status", async () => {
  const { offerId, memberId } = await offerWithMember();
  const few = createFreshnessToken({ kind: "availability", availability: "few" }, offerId, memberId, issuedAt());
  expect(await applyFreshnessLink(few)).toMatchObject({ status: "done" });
  await setAvailabilityElsewhere(offerId, "full");

  expect(await inspectFreshnessLink(few)).toMatchObject({ status: "superseded" });
  expect(await applyFreshnessLink(few)).toMatchObject({ status: "superseded" });
  expect(await availabilityOf(offerId)).toBe("full");
  expect(await prisma.auditEvent.count({ where: { action: "offer.availability-set" } })).toBe(1);
});

test("an unused places-free link is spent by a newer status, so it cannot undo it", async () => {
  const { offerId, memberId } = await offerWithMember();
  const free = createFreshnessToken({ kind: "availability", availability: "free" }, offerId, memberId, issuedAt());
  await setAvailabilityElsewhere(offerId, "waitlist");
  expect(await applyFreshnessLink(free)).toMatchObject({ status: "superseded" });
  expect(await availabilityOf(offerId)).toBe("waitlist");
});

test("a link dies when its recipient leaves the organisation", async () => {
  const { offerId, organisationId, memberId } = await offerWithMember();
  const confirm = createFreshnessToken({ kind: "confirm" }, offerId, memberId, issuedAt());
  const full = createFreshnessToken({ kind: "availability", availability: "full" }, offerId, memberId, issuedAt());
  expect(await inspectFreshnessLink(confirm)).toMatchObject({ status: "ready" });

  await prisma.membership.delete({ where: { userId_organisationId: { userId: memberId, organisationId } } });
  for (const token of [confirm, full]) {
    expect(await inspectFreshnessLink(token)).toEqual({ status: "revoked" });
    expect(await applyFreshnessLink(token)).toEqual({ status: "revoked" });
  }
  expect(await prisma.auditEvent.count()).toBe(0);
});

test("a link for someone who is neither a member nor an admin, or whose account is gone, does nothing", async () => {
  const { offerId } = await offerWithMember();
  const stranger = await makeUser();
  expect(await applyFreshnessLink(createFreshnessToken({ kind: "confirm" }, offerId, stranger.id, issuedAt()))).toEqual(
    { status: "revoked" },
  );
  expect(
    await applyFreshnessLink(createFreshnessToken({ kind: "confirm" }, offerId, "deleted-user", issuedAt())),
  ).toEqual({ status: "revoked" });
  expect(await prisma.auditEvent.count()).toBe(0);
});

test("an admin's link stays valid while the person is an admin", async () => {
  const { offerId } = await offerWithMember();
  const admin = await makeUser({ isAdmin: true });
  const confirm = createFreshnessToken({ kind: "confirm" }, offerId, admin.id, issuedAt());
  expect(await inspectFreshnessLink(confirm)).toMatchObject({ status: "ready" });
  await prisma.user.update({ where: { id: admin.id }, data: { isAdmin: false } });
  expect(await applyFreshnessLink(confirm)).toEqual({ status: "revoked" });
});

test("each member's digest carries links of their own, which die when that member leaves", async () => {
  const { offerId, organisationId, memberId: leaving } = await offerWithMember();
  const staying = await makeUser();
  await makeMembership(staying.id, organisationId, "owner");
  expect(await sendReminderDigests()).toMatchObject({ digests: 1 });

  const tokensOf = async (userId: string) => {
    const { email } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const mail = await prisma.devMail.findFirstOrThrow({ where: { to: email }, select: { text: true } });
    return (mail.text.match(/https?:\/\/\S+/g) ?? []).flatMap((url) => new URL(url).searchParams.getAll("token"));
  };
  const leavingTokens = await tokensOf(leaving);
  const stayingTokens = await tokensOf(staying.id);
  expect(leavingTokens).toHaveLength(5); // confirm + four places-free links
  for (const token of [...leavingTokens, ...stayingTokens])
    expect(await inspectFreshnessLink(token)).toMatchObject({ status: "ready", action: { offerId } });

  await prisma.membership.delete({ where: { userId_organisationId: { userId: leaving, organisationId } } });
  for (const token of leavingTokens) expect(await inspectFreshnessLink(token)).toEqual({ status: "revoked" });
  for (const token of stayingTokens) expect(await inspectFreshnessLink(token)).toMatchObject({ status: "ready" });
});
