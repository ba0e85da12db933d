import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { listBadges } from "@/lib/events/badges";
import { listCheckIn, listRegistrations } from "@/lib/events/registration-list";
import { inviteMember, removeMember, transferOwnership } from "@/lib/organisations/members";
import { DomainError } from "@/lib/result";
import { actorFor, makeMembership, makeOrganisation, makeUser, seedRegionForTest } from "@/tests/factories";
import { makeEvent, makeRegistration } from "@/tests/conference-factories";
import { resetDatabase } from "@/tests/setup/reset-database";

// Role changes ask for a sign-in from the last hour (lib/auth/session-lifetime.ts): an open browser from this
// morning is not enough to hand an organisation to someone else.

beforeEach(async () => {
  await resetDatabase();
  await seedRegionForTest();
});

async function organisationWithOwnerAndEditor() {
  const organisation = await makeOrganisation();
  const owner = await makeUser();
  const editor = await makeUser();
  await makeMembership(owner.id, organisation.id, "owner");
  await makeMembership(editor.id, organisation.id, "editor");
  return { organisationId: organisation.id, ownerId: owner.id, editorId: editor.id };
}

const rolesOf = (organisationId: string) =>
  prisma.membership.findMany({
    where: { organisationId },
    select: { userId: true, role: true },
    orderBy: { role: "asc" },
  });

const signedInMinutesAgo = async (userId: string, minutes: number) => ({
  ...(await actorFor(userId)),
  signedInAt: new Date(Date.now() - minutes * 60_000),
});

test.each([
  ["transferring ownership", transferOwnership],
  ["removing a member", removeMember],
] as const)("%s needs a sign-in from the last hour and changes nothing without one", async (_name, change) => {
  const { organisationId, ownerId, editorId } = await organisationWithOwnerAndEditor();
  const before = await rolesOf(organisationId);
  for (const actor of [
    await signedInMinutesAgo(ownerId, 61),
    { ...(await actorFor(ownerId)), signedInAt: undefined },
  ]) {
    const refusal = await change(actor, organisationId, { userId: editorId }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: "unauthenticated", messageKey: "freshSignInRequired" });
  }
  expect(await rolesOf(organisationId)).toEqual(before);
  expect(await prisma.auditEvent.count()).toBe(0);

  await change(await signedInMinutesAgo(ownerId, 59), organisationId, { userId: editorId });
  expect(await rolesOf(organisationId)).not.toEqual(before);
});

test("an admin changing roles needs a recent sign-in too", async () => {
  const { organisationId, editorId } = await organisationWithOwnerAndEditor();
  const admin = await makeUser({ isAdmin: true });
  await expect(
    transferOwnership(await signedInMinutesAgo(admin.id, 120), organisationId, { userId: editorId }),
  ).rejects.toMatchObject({ messageKey: "freshSignInRequired" });
  await transferOwnership(await signedInMinutesAgo(admin.id, 1), organisationId, { userId: editorId });
  expect(await rolesOf(organisationId)).toContainEqual({ userId: editorId, role: "owner" });
});

test.each([
  ["the registrations", (actor: Actor, eventId: string) => listRegistrations(actor, eventId, {})],
  ["the check-in list", listCheckIn],
  ["the badges", listBadges],
] as const)("%s of an event need an admin's sign-in from the last hour", async (_name, list) => {
  const admin = await makeUser({ isAdmin: true });
  const event = await makeEvent();
  await makeRegistration(event.id, (await makeUser()).id);
  await expect(list(await signedInMinutesAgo(admin.id, 61), event.id)).rejects.toMatchObject({
    messageKey: "freshSignInRequired",
  });
  await expect(list(await signedInMinutesAgo(admin.id, 59), event.id)).resolves.toHaveLength(1);
});

test("an invitation hands out a role and needs a sign-in from the last hour too", async () => {
  const { organisationId, ownerId } = await organisationWithOwnerAndEditor();
  const invite = async (minutes: number) =>
    inviteMember(await signedInMinutesAgo(ownerId, minutes), organisationId, {
      email: "neu@example.org",
      role: "owner",
    });
  await expect(invite(61)).rejects.toMatchObject({ messageKey: "freshSignInRequired" });
  expect(await prisma.invitation.count()).toBe(0);
  await invite(59);
  expect(await prisma.invitation.count()).toBe(1);
});
