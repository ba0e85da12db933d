import { confirmEmailChange, requestEmailChange } from "@/lib/account/mutations";
import { prisma } from "@/lib/db";
import {
  createFreshnessToken,
  FRESHNESS_LINK_VALID_DAYS,
  inspectFreshnessLink,
  applyFreshnessLink,
} from "@/lib/freshness/freshness-links";
import { DAY_MS } from "@/lib/offers/freshness";
import { acceptInvitation, checkInvitation, hashInvitationToken, inviteMember } from "@/lib/organisations/members";
import { createSignedToken } from "@/lib/tokens/signed-token";
import { actorFor, makeMembership, makeOffer, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

/** The `token` parameters of the links in a mail's text. */
function linkTokens(text: string): string[] {
  return (text.match(/https?:\/\/\S+/g) ?? [])
    .map((url) => new URL(url).searchParams.get("token"))
    .filter((token): token is string => token !== null);
}

async function onlyMailTo(address: string) {
  const mails = await prisma.devMail.findMany({ where: { to: address } });
  expect(mails).toHaveLength(1);
  return mails[0]!;
}

/** The token with one character of the payload (part 0) or the signature (part 1) changed. */
function flipCharacter(token: string, part: 0 | 1): string {
  const index = part === 0 ? 3 : token.indexOf(".") + 3;
  return token.slice(0, index) + (token[index] === "A" ? "B" : "A") + token.slice(index + 1);
}

describe("freshness links", () => {
  const issuedAt = () => new Date(Date.now() - 1_000);

  /** A stale offer and the member its links are mailed to (recipientId). */
  async function staleOffer() {
    const organisation = await makeOrganisation();
    const { id } = await makeOffer(organisation.id);
    const recipient = await makeUser();
    await makeMembership(recipient.id, organisation.id, "editor");
    const lastConfirmedAt = new Date(Date.now() - 200 * DAY_MS);
    await prisma.offer.update({ where: { id }, data: { lastConfirmedAt, reminderSentAt: issuedAt() } });
    return { id, lastConfirmedAt, recipientId: recipient.id };
  }

  const offerState = (id: string) =>
    prisma.offer.findUniqueOrThrow({
      where: { id },
      select: { lastConfirmedAt: true, reminderSentAt: true, availability: true, availabilitySetAt: true },
    });
  const auditCount = (action: string) => prisma.auditEvent.count({ where: { action } });

  test("opening a confirm link only shows what it will do", async () => {
    const offer = await staleOffer();
    const token = createFreshnessToken({ kind: "confirm" }, offer.id, offer.recipientId, issuedAt());
    const before = await offerState(offer.id);
    expect(await inspectFreshnessLink(token)).toMatchObject({
      status: "ready",
      action: { kind: "confirm", offerId: offer.id },
    });
    expect(await offerState(offer.id)).toEqual(before);
    expect(await prisma.auditEvent.count()).toBe(0);
  });

  test("a confirm link confirms the offer, and used again reports 'used' without a second audit event", async () => {
    const offer = await staleOffer();
    const token = createFreshnessToken({ kind: "confirm" }, offer.id, offer.recipientId, issuedAt());

    expect(await applyFreshnessLink(token)).toMatchObject({ status: "done" });
    const confirmed = await offerState(offer.id);
    expect(confirmed.lastConfirmedAt.getTime()).toBeGreaterThan(offer.lastConfirmedAt.getTime());
    expect(confirmed.reminderSentAt).toBeNull();
    expect(await prisma.auditEvent.findMany({ select: { action: true, actorId: true, entityId: true } })).toEqual([
      { action: "offer.confirmed", actorId: null, entityId: offer.id },
    ]);

    expect(await applyFreshnessLink(token)).toMatchObject({ status: "used" });
    expect(await inspectFreshnessLink(token)).toMatchObject({ status: "used" });
    expect(await offerState(offer.id)).toEqual(confirmed);
    expect(await auditCount("offer.confirmed")).toBe(1);
  });

  test("two presses of the same link at the same moment apply it once", async () => {
    const offer = await staleOffer();
    const token = createFreshnessToken({ kind: "confirm" }, offer.id, offer.recipientId, issuedAt());

    const outcomes = await Promise.all([applyFreshnessLink(token), applyFreshnessLink(token)]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["done", "used"]);
    expect(await auditCount("offer.confirmed")).toBe(1);
    expect(await prisma.outboxEvent.count({ where: { entityId: offer.id } })).toBe(1);
  });

  test("an availability link sets the places-free status once", async () => {
    const offer = await staleOffer();
    const token = createFreshnessToken(
      { kind: "availability", availability: "few" },
      offer.id,
      offer.recipientId,
      issuedAt(),
    );

    expect(await applyFreshnessLink(token)).toMatchObject({ status: "done" });
    const updated = await offerState(offer.id);
    expect(updated).toMatchObject({ availability: "few", availabilitySetAt: expect.any(Date) });
    expect(updated.lastConfirmedAt).toEqual(offer.lastConfirmedAt);

    expect(await applyFreshnessLink(token)).toMatchObject({ status: "used" });
    expect(await offerState(offer.id)).toEqual(updated);
    expect(await auditCount("offer.availability-set")).toBe(1);
  });

  test("a confirm link for an offer confirmed on the dashboard since reports 'used'", async () => {
    const offer = await staleOffer();
    const token = createFreshnessToken({ kind: "confirm" }, offer.id, offer.recipientId, issuedAt());
    await prisma.offer.update({ where: { id: offer.id }, data: { lastConfirmedAt: new Date() } });
    expect(await applyFreshnessLink(token)).toMatchObject({ status: "used" });
    expect(await prisma.auditEvent.count()).toBe(0);
  });

  test(`a link is valid for ${FRESHNESS_LINK_VALID_DAYS} days and expired afterwards, changing nothing`, async () => {
    const offer = await staleOffer();
    const issued = issuedAt();
    const token = createFreshnessToken({ kind: "confirm" }, offer.id, offer.recipientId, issued);
    const at = (days: number) => new Date(issued.getTime() + days * DAY_MS);
    const before = await offerState(offer.id);

    expect(await inspectFreshnessLink(token, at(FRESHNESS_LINK_VALID_DAYS - 1))).toMatchObject({ status: "ready" });
    expect(await inspectFreshnessLink(token, at(FRESHNESS_LINK_VALID_DAYS + 1))).toEqual({ status: "expired" });
    expect(await applyFreshnessLink(token, at(FRESHNESS_LINK_VALID_DAYS + 1))).toEqual({ status: "expired" });
    expect(await offerState(offer.id)).toEqual(before);
    expect(await prisma.auditEvent.count()).toBe(0);
  });

  const tampered: [string, (offerId: string, recipientId: string) => string][] = [
    ["a changed payload", (id, to) => flipCharacter(createFreshnessToken({ kind: "confirm" }, id, to, issuedAt()), 0)],
    [
      "a changed signature",
      (id, to) => flipCharacter(createFreshnessToken({ kind: "confirm" }, id, to, issuedAt()), 1),
    ],
    [
      "a payload moved under another link's signature",
      (id, to) => {
        const confirm = createFreshnessToken({ kind: "confirm" }, id, to, issuedAt());
        const full = createFreshnessToken({ kind: "availability", availability: "full" }, id, to, issuedAt());
        return `${full.split(".")[0]}.${confirm.split(".")[1]}`;
      },
    ],
    [
      "a token signed for another purpose",
      (id) =>
        createSignedToken(
          "email-change",
          { kind: "confirm", offerId: id, issuedAt: issuedAt().getTime() },
          new Date(Date.now() + DAY_MS),
        ),
    ],
    ["a string that is no token", () => "not-a-token"],
  ];

  test.each(tampered)("%s is invalid and changes nothing", async (_name, makeToken) => {
    const offer = await staleOffer();
    const token = makeToken(offer.id, offer.recipientId);
    const before = await offerState(offer.id);
    expect(await inspectFreshnessLink(token)).toEqual({ status: "invalid" });
    expect(await applyFreshnessLink(token)).toEqual({ status: "invalid" });
    expect(await offerState(offer.id)).toEqual(before);
    expect(await prisma.auditEvent.count()).toBe(0);
  });

  test("a link to an archived or deleted offer is invalid", async () => {
    const archived = await staleOffer();
    await prisma.offer.update({ where: { id: archived.id }, data: { status: "archived" } });
    const deleted = await staleOffer();
    await prisma.offer.delete({ where: { id: deleted.id } });
    for (const { id: offerId, recipientId } of [archived, deleted])
      expect(
        await applyFreshnessLink(createFreshnessToken({ kind: "confirm" }, offerId, recipientId, issuedAt())),
      ).toEqual({ status: "invalid" });
    expect(await prisma.auditEvent.count()).toBe(0);
  });
});

describe("invitation links", () => {
  const INVITED = "neu@example.org";

  /** Invites INVITED to a new organisation and returns the token from the mailed link. */
  async function invite() {
    const organisation = await makeOrganisation();
    const owner = await makeUser();
    await makeMembership(owner.id, organisation.id, "owner");
    await inviteMember(await actorFor(owner.id), organisation.id, { email: INVITED, role: "editor" });
    const [token] = linkTokens((await onlyMailTo(INVITED)).text);
    return { organisation, token: token! };
  }

  const membershipsOf = (userId: string) =>
    prisma.membership.findMany({ where: { userId }, select: { organisationId: true, role: true } });

  test("only the hash of the mailed token is stored", async () => {
    const { token } = await invite();
    expect(await prisma.invitation.findMany({ select: { tokenHash: true } })).toEqual([
      { tokenHash: hashInvitationToken(token) },
    ]);
  });

  test("the invited person joins with the link once; the second use is refused as used", async () => {
    const { organisation, token } = await invite();
    expect(await checkInvitation(token)).toEqual({
      ok: true,
      invitation: { organisationName: organisation.name, email: INVITED, role: "editor" },
    });
    const invitee = await makeUser({ email: INVITED });
    const actor = await actorFor(invitee.id);

    expect(await acceptInvitation(actor, token)).toEqual({ organisationId: organisation.id });
    expect(await membershipsOf(invitee.id)).toEqual([{ organisationId: organisation.id, role: "editor" }]);

    await expect(acceptInvitation(await actorFor(invitee.id), token)).rejects.toMatchObject({
      code: "conflict",
      messageKey: "invitationUsed",
    });
    expect(await checkInvitation(token)).toEqual({ ok: false, reason: "used" });
    expect(await prisma.auditEvent.count({ where: { action: "member.joined" } })).toBe(1);
  });

  test("an unknown token is invalid", async () => {
    await invite();
    const someone = await makeUser({ email: INVITED });
    expect(await checkInvitation("unknown-token")).toEqual({ ok: false, reason: "invalid" });
    await expect(acceptInvitation(await actorFor(someone.id), "unknown-token")).rejects.toMatchObject({
      code: "not_found",
      messageKey: "invitationInvalid",
    });
    expect(await membershipsOf(someone.id)).toEqual([]);
  });

  test("an expired invitation cannot be accepted", async () => {
    const { token } = await invite();
    await prisma.invitation.updateMany({ data: { expiresAt: new Date(Date.now() - 1_000) } });
    const invitee = await makeUser({ email: INVITED });
    expect(await checkInvitation(token)).toEqual({ ok: false, reason: "expired" });
    await expect(acceptInvitation(await actorFor(invitee.id), token)).rejects.toMatchObject({
      code: "conflict",
      messageKey: "invitationExpired",
    });
    expect(await membershipsOf(invitee.id)).toEqual([]);
  });

  test("a person signed in with another address is refused, and the invitation stays usable", async () => {
    const { token } = await invite();
    const other = await makeUser({ email: "jemand-anders@example.org" });
    await expect(acceptInvitation(await actorFor(other.id), token)).rejects.toMatchObject({
      code: "forbidden",
      messageKey: "invitationOtherAddress",
    });
    expect(await membershipsOf(other.id)).toEqual([]);
    expect(await checkInvitation(token)).toMatchObject({ ok: true });
  });

  test("the invited address matches regardless of upper and lower case", async () => {
    const { organisation, token } = await invite();
    const invitee = await makeUser({ email: INVITED.toUpperCase() });
    expect(await acceptInvitation(await actorFor(invitee.id), token)).toEqual({ organisationId: organisation.id });
  });
});

describe("e-mail change links", () => {
  const OLD = "alt@example.org";
  const NEW = "neu@example.org";

  /** Requests the change for a user with two sessions and returns the token from the mail to the new address. */
  async function requestChange() {
    const user = await makeUser({ email: OLD });
    for (const sessionToken of ["session-1", "session-2"])
      await prisma.session.create({
        data: { sessionToken, userId: user.id, expires: new Date(Date.now() + DAY_MS) },
      });
    await requestEmailChange(await actorFor(user.id), { email: NEW });
    const [token] = linkTokens((await onlyMailTo(NEW)).text);
    return { user, token: token! };
  }

  const addressOf = async (userId: string) =>
    (await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })).email;

  test("nothing changes until the link is used", async () => {
    const { user } = await requestChange();
    expect(await addressOf(user.id)).toBe(OLD);
    expect(await prisma.session.count()).toBe(2);
  });

  test("the link from the mail changes the address once and ends the sessions", async () => {
    const { user, token } = await requestChange();
    expect(await confirmEmailChange(token)).toBe("done");
    expect(await addressOf(user.id)).toBe(NEW);
    expect(await prisma.session.count()).toBe(0);

    expect(await confirmEmailChange(token)).toBe("used");
    expect(await addressOf(user.id)).toBe(NEW);
    expect(await prisma.auditEvent.count({ where: { action: "account.email-changed" } })).toBe(1);
  });

  test("a link is spent once the address has changed, also after changing back (A→B→A)", async () => {
    const { user, token: toNew } = await requestChange();
    expect(await confirmEmailChange(toNew)).toBe("done");
    await requestEmailChange(await actorFor(user.id), { email: OLD });
    // OLD has also been told of the change; the link is in the other mail.
    const [back] = linkTokens(
      (await prisma.devMail.findFirstOrThrow({ where: { to: OLD, text: { contains: "token=" } } })).text,
    );
    expect(await confirmEmailChange(back)).toBe("done");
    expect(await addressOf(user.id)).toBe(OLD);

    expect(await confirmEmailChange(toNew)).toBe("used");
    expect(await addressOf(user.id)).toBe(OLD);
  });

  test("of two links requested before a change, the second is spent by the first", async () => {
    const { user, token: first } = await requestChange();
    await requestEmailChange(await actorFor(user.id), { email: "dritte@example.org" });
    const [second] = linkTokens((await onlyMailTo("dritte@example.org")).text);
    expect(await confirmEmailChange(first)).toBe("done");
    expect(await confirmEmailChange(second!)).toBe("used");
    expect(await addressOf(user.id)).toBe(NEW);
  });

  test.each([
    ["a changed payload", (token: string) => flipCharacter(token, 0)],
    ["a changed signature", (token: string) => flipCharacter(token, 1)],
    ["a freshness link", () => createFreshnessToken({ kind: "confirm" }, "offer-id", "user-id", new Date())],
  ])("%s is invalid and changes nothing", async (_name, alter) => {
    const { user, token } = await requestChange();
    expect(await confirmEmailChange(alter(token))).toBe("invalid");
    expect(await addressOf(user.id)).toBe(OLD);
    expect(await prisma.session.count()).toBe(2);
  });

  test("an expired link is reported as expired", async () => {
    const user = await makeUser({ email: OLD });
    const token = createSignedToken(
      "email-change",
      { userId: user.id, from: OLD, to: NEW, changedAt: null },
      new Date(Date.now() - 1_000),
    );
    expect(await confirmEmailChange(token)).toBe("expired");
    expect(await addressOf(user.id)).toBe(OLD);
  });

  test("an address registered by someone else in the meantime is reported as taken", async () => {
    const { user, token } = await requestChange();
    await makeUser({ email: NEW });
    expect(await confirmEmailChange(token)).toBe("taken");
    expect(await addressOf(user.id)).toBe(OLD);
  });
});
