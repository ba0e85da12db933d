import { confirmEmailChange, EMAIL_CHANGE_REQUESTS_PER_DAY, requestEmailChange } from "@/lib/account/mutations";
import { prisma } from "@/lib/db";
import { FEEDBACK_MAILS_PER_DAY, submitAccessibilityFeedback } from "@/lib/feedback/accessibility-feedback";
import { INVITATIONS_PER_DAY, inviteMember } from "@/lib/organisations/members";
import { actorFor, makeMembership, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

// Every mail that goes to an address somebody typed is limited, so the platform cannot be used to mail strangers.

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

const mailsTo = (to: string) => prisma.devMail.findMany({ where: { to }, select: { subject: true, text: true } });
const tokenIn = (text: string) => /[?&]token=([^\s&]+)/.exec(text)?.[1];

async function ownerOf(status = "approved") {
  const organisation = await makeOrganisation({ status });
  const owner = await makeUser();
  await makeMembership(owner.id, organisation.id, "owner");
  return { organisation, owner: await actorFor(owner.id) };
}

describe("invitations", () => {
  test("an organisation that is not approved yet cannot invite anybody", async () => {
    for (const status of ["pending", "rejected", "suspended"]) {
      const { organisation, owner } = await ownerOf(status);
      await expect(
        inviteMember(owner, organisation.id, { email: "stranger@example.com", role: "editor" }),
      ).rejects.toMatchObject({ code: "forbidden", messageKey: "organisationNotApproved" });
    }
    expect(await prisma.invitation.count()).toBe(0);
    expect(await prisma.devMail.count()).toBe(0);
  });

  test(`a person sends at most ${INVITATIONS_PER_DAY} a day, also spread over organisations`, async () => {
    const { organisation: first, owner: ownerOfFirst } = await ownerOf();
    const second = await makeOrganisation();
    await makeMembership(ownerOfFirst.userId, second.id, "owner");
    const owner = await actorFor(ownerOfFirst.userId);
    for (let i = 0; i < INVITATIONS_PER_DAY; i++)
      await inviteMember(owner, i % 2 ? first.id : second.id, { email: `person-${i}@example.com`, role: "editor" });
    await expect(
      inviteMember(owner, first.id, { email: "one-more@example.com", role: "editor" }),
    ).rejects.toMatchObject({ code: "rate_limited", messageKey: "tooManyInvitations" });
    expect(await prisma.devMail.count({ where: { to: "one-more@example.com" } })).toBe(0);
  });

  test(`an organisation sends at most ${INVITATIONS_PER_DAY} a day, also from several owners`, async () => {
    const { organisation, owner } = await ownerOf();
    const colleague = await makeUser();
    await makeMembership(colleague.id, organisation.id, "owner");
    for (let i = 0; i < INVITATIONS_PER_DAY; i++)
      await inviteMember(i % 2 ? owner : await actorFor(colleague.id), organisation.id, {
        email: `person-${i}@example.com`,
        role: "editor",
      });
    await expect(
      inviteMember(await actorFor(colleague.id), organisation.id, { email: "one-more@example.com", role: "editor" }),
    ).rejects.toMatchObject({ code: "rate_limited" });
  });

  test("yesterday's invitations no longer count", async () => {
    const { organisation, owner } = await ownerOf();
    for (let i = 0; i < INVITATIONS_PER_DAY; i++)
      await inviteMember(owner, organisation.id, { email: `person-${i}@example.com`, role: "editor" });
    await prisma.invitation.updateMany({ data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    await inviteMember(owner, organisation.id, { email: "today@example.com", role: "editor" });
    expect(await mailsTo("today@example.com")).toHaveLength(1);
  });
});

describe("e-mail changes", () => {
  const OLD = "alt@example.org";

  test(`at most ${EMAIL_CHANGE_REQUESTS_PER_DAY} requests a day per account`, async () => {
    const actor = await actorFor((await makeUser({ email: OLD })).id);
    for (let i = 0; i < EMAIL_CHANGE_REQUESTS_PER_DAY; i++)
      await requestEmailChange(actor, { email: `neu-${i}@example.com` });
    await expect(requestEmailChange(actor, { email: "noch-eine@example.com" })).rejects.toMatchObject({
      code: "rate_limited",
      messageKey: "tooManyEmailChanges",
    });
    expect(await mailsTo("noch-eine@example.com")).toHaveLength(0);
  });

  test("an address that has an account gets the same answer and a notice without a link", async () => {
    await makeUser({ email: "vergeben@example.org" });
    const actor = await actorFor((await makeUser({ email: OLD })).id);
    await expect(requestEmailChange(actor, { email: "vergeben@example.org" })).resolves.toBeUndefined();
    const [notice] = await mailsTo("vergeben@example.org");
    expect(notice!.subject).toMatch(/bereits ein Konto/);
    expect(tokenIn(notice!.text)).toBeUndefined();
    expect(notice!.text).not.toContain(OLD);
  });

  test("the old address is told, with the new one masked, and the account remembers it for erasure", async () => {
    const user = await makeUser({ email: OLD });
    await requestEmailChange(await actorFor(user.id), { email: "neu@example.com" });
    const [confirmation] = await mailsTo("neu@example.com");
    expect(await confirmEmailChange(decodeURIComponent(tokenIn(confirmation!.text)!))).toBe("done");

    const [notice] = await mailsTo(OLD);
    expect(notice!.subject).toMatch(/geändert/);
    expect(notice!.text).toContain("n•••@example.com");
    expect(notice!.text).not.toContain("neu@example.com");
    const { previousEmailsJson } = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(JSON.parse(previousEmailsJson)).toEqual([OLD]);
  });
});

describe("accessibility feedback", () => {
  test(`past ${FEEDBACK_MAILS_PER_DAY} reports a day they are kept as tasks but no longer mailed`, async () => {
    await makeUser({ isAdmin: true });
    const message = { message: "Der Kontrast der Karte ist zu gering." };
    for (let i = 0; i < FEEDBACK_MAILS_PER_DAY; i++) await submitAccessibilityFeedback(message, "de", `client-${i}`);
    const mailed = await prisma.devMail.count();
    await submitAccessibilityFeedback(message, "de", "yet-another-client");
    expect(await prisma.accessibilityFeedback.count()).toBe(FEEDBACK_MAILS_PER_DAY + 1);
    expect(await prisma.devMail.count()).toBe(mailed);
  });
});
