import { collectAccountData } from "@/lib/account/account-data";
import { deleteAccount } from "@/lib/account/mutations";
import { prisma } from "@/lib/db";
import { DAY_MS } from "@/lib/offers/freshness";
import { inviteMember } from "@/lib/organisations/members";
import { actorFor, makeMembership, makeOffer, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

const PERSON = "person@example.org";

describe("the person's data", () => {
  test("lists their memberships, claims and invitations, and says of sessions only when they run", async () => {
    const person = await makeUser({ email: PERSON });
    const owned = await makeOrganisation();
    const edited = await makeOrganisation();
    const claimed = await makeOrganisation();
    await makeMembership(person.id, owned.id, "owner");
    await makeMembership(person.id, edited.id, "editor");
    await prisma.organisationClaim.create({
      data: { organisationId: claimed.id, userId: person.id, message: "Wir sind das" },
    });
    await inviteMember(await actorFor(person.id), owned.id, { email: "kollegin@example.org", role: "editor" });
    const expires = new Date(Date.now() + 30 * DAY_MS);
    await prisma.session.create({ data: { sessionToken: "secret-session-token", userId: person.id, expires } });

    const data = await collectAccountData(person.id);

    expect(data.email).toBe(PERSON);
    expect(data.memberships.map((m) => [m.organisation.slug, m.role]).sort()).toEqual(
      [
        [owned.slug, "owner"],
        [edited.slug, "editor"],
      ].sort(),
    );
    expect(data.organisationClaims).toEqual([
      expect.objectContaining({ message: "Wir sind das", organisation: { name: claimed.name } }),
    ]);
    expect(data.invitationsSent).toEqual([
      expect.objectContaining({ email: "kollegin@example.org", role: "editor", acceptedAt: null }),
    ]);
    expect(data.auditEvents.map((event) => event.action)).toEqual(["invitation.sent"]);
    expect(data.sessions).toEqual([{ createdAt: expect.any(Date), expires }]);
    expect(JSON.stringify(data)).not.toContain("secret-session-token");
  });

  test("holds nothing of other people", async () => {
    const person = await makeUser({ email: PERSON });
    const colleague = await makeUser({ email: "kollege@example.org" });
    const organisation = await makeOrganisation();
    await makeMembership(person.id, organisation.id, "owner");
    await makeMembership(colleague.id, organisation.id, "editor");
    await prisma.session.create({
      data: { sessionToken: "colleague-token", userId: colleague.id, expires: new Date(Date.now() + DAY_MS) },
    });
    const exported = JSON.stringify(await collectAccountData(person.id));
    expect(exported).not.toContain("kollege@example.org");
    expect(exported).not.toContain("colleague-token");
  });

  test("an unknown person is not found", async () => {
    await expect(collectAccountData("no-such-user")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("deleting the account", () => {
  async function personOwning() {
    const person = await makeUser({ email: PERSON });
    const organisation = await makeOrganisation();
    await makeMembership(person.id, organisation.id, "owner");
    const offer = await makeOffer(organisation.id);
    return { person, organisation, offer };
  }

  const ownerlessSince = async (organisationId: string) =>
    (await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })).ownerlessSince;

  test("of a sole owner flags the organisation, which keeps its published offers", async () => {
    const { person, organisation, offer } = await personOwning();
    const editor = await makeUser();
    await makeMembership(editor.id, organisation.id, "editor");

    expect(await deleteAccount(await actorFor(person.id), { confirmation: PERSON })).toEqual({
      flaggedOrganisations: 1,
    });

    expect(await ownerlessSince(organisation.id)).toEqual(expect.any(Date));
    expect(await prisma.user.findUnique({ where: { id: person.id } })).toBeNull();
    expect(await prisma.membership.findMany({ where: { organisationId: organisation.id } })).toEqual([
      expect.objectContaining({ userId: editor.id }),
    ]);
    expect(await prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({
      status: "published",
    });
    expect(await prisma.auditEvent.findMany({ select: { action: true, actorId: true, organisationId: true } })).toEqual(
      [{ action: "organisation.owner-deleted", actorId: null, organisationId: organisation.id }],
    );
  });

  test("removes the address from the audit trail and takes the person's sessions and open invitations along", async () => {
    const { person, organisation } = await personOwning();
    const inviter = await makeUser();
    await makeMembership(inviter.id, organisation.id, "owner");
    await inviteMember(await actorFor(person.id), organisation.id, { email: "kollegin@example.org", role: "editor" });
    const otherOrganisation = await makeOrganisation();
    await makeMembership(inviter.id, otherOrganisation.id, "owner");
    await inviteMember(await actorFor(inviter.id), otherOrganisation.id, { email: PERSON, role: "editor" });
    await prisma.session.create({
      data: { sessionToken: "token", userId: person.id, expires: new Date(Date.now() + DAY_MS) },
    });
    expect(await prisma.auditEvent.count({ where: { summary: { contains: PERSON } } })).toBe(1);

    await deleteAccount(await actorFor(person.id), { confirmation: PERSON });

    const summaries = (await prisma.auditEvent.findMany({ select: { summary: true } })).map((e) => e.summary);
    expect(summaries.join("\n")).not.toContain(PERSON);
    expect(summaries).toContainEqual(expect.stringContaining("[gelöschtes Konto]"));
    expect(summaries).toContainEqual(expect.stringContaining("kollegin@example.org"));
    expect(await prisma.session.count()).toBe(0);
    expect(await prisma.invitation.findMany({ select: { email: true } })).toEqual([{ email: "kollegin@example.org" }]);
  });

  test("removes only the whole address: an address that merely ends in it stays", async () => {
    const { person, organisation } = await personOwning();
    const longer = `johan${PERSON}`;
    await inviteMember(await actorFor(person.id), organisation.id, { email: longer, role: "editor" });

    await deleteAccount(await actorFor(person.id), { confirmation: PERSON });

    const summaries = (await prisma.auditEvent.findMany({ select: { summary: true } })).map((e) => e.summary);
    expect(summaries).toContainEqual(expect.stringContaining(longer));
  });

  test("with another owner left does not flag the organisation", async () => {
    const { person, organisation } = await personOwning();
    const otherOwner = await makeUser();
    await makeMembership(otherOwner.id, organisation.id, "owner");

    expect(await deleteAccount(await actorFor(person.id), { confirmation: PERSON })).toEqual({
      flaggedOrganisations: 0,
    });
    expect(await ownerlessSince(organisation.id)).toBeNull();
    expect(await prisma.auditEvent.count()).toBe(0);
  });

  test("of an editor flags nothing", async () => {
    const person = await makeUser({ email: PERSON });
    const organisation = await makeOrganisation();
    await makeMembership(person.id, organisation.id, "editor");
    expect(await deleteAccount(await actorFor(person.id), { confirmation: PERSON })).toEqual({
      flaggedOrganisations: 0,
    });
    expect(await ownerlessSince(organisation.id)).toBeNull();
  });

  test("accepts the address typed in other case and with spaces", async () => {
    const { person } = await personOwning();
    await deleteAccount(await actorFor(person.id), { confirmation: `  ${PERSON.toUpperCase()} ` });
    expect(await prisma.user.count()).toBe(0);
  });

  test.each([
    ["another address", { confirmation: "someone-else@example.org" }],
    ["text that is no address", { confirmation: "ja, löschen" }],
    ["nothing", {}],
  ])("with %s as confirmation deletes nothing", async (_name, raw) => {
    const { person, organisation } = await personOwning();
    await expect(deleteAccount(await actorFor(person.id), raw)).rejects.toMatchObject({
      code: "invalid_input",
      fieldErrors: { confirmation: [expect.objectContaining({ key: expect.any(String) })] },
    });
    expect(await prisma.user.findUnique({ where: { id: person.id } })).not.toBeNull();
    expect(await prisma.membership.count()).toBe(1);
    expect(await ownerlessSince(organisation.id)).toBeNull();
  });
});
