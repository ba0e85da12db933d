import { randomUUID } from "node:crypto";
import { loadSessionActor } from "@/lib/auth/load-actor";
import { ADMIN_SESSION_HOURS } from "@/lib/auth/session-lifetime";
import { prisma } from "@/lib/db";
import { makeUser } from "@/tests/factories";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(() => resetDatabase());

const HOUR = 3_600_000;

async function sessionSignedInHoursAgo(userId: string, hours: number) {
  const createdAt = new Date(Date.now() - hours * HOUR);
  return prisma.session.create({
    data: { sessionToken: randomUUID(), userId, expires: new Date(Date.now() + 30 * 24 * HOUR), createdAt },
    select: { sessionToken: true, createdAt: true },
  });
}

const sessionsOf = (userId: string) => prisma.session.count({ where: { userId } });

test(`an admin signed in more than ${ADMIN_SESSION_HOURS} hours ago is signed out, and that session is deleted`, async () => {
  const admin = await makeUser({ isAdmin: true });
  const old = await sessionSignedInHoursAgo(admin.id, ADMIN_SESSION_HOURS + 0.1);
  const current = await sessionSignedInHoursAgo(admin.id, 1); // another browser, signed in recently

  expect(await loadSessionActor({ userId: admin.id, signedInAt: old.createdAt })).toBeNull();
  expect(await prisma.session.findMany({ where: { userId: admin.id }, select: { sessionToken: true } })).toEqual([
    { sessionToken: current.sessionToken },
  ]);
  expect(await loadSessionActor({ userId: admin.id, signedInAt: current.createdAt })).toMatchObject({
    userId: admin.id,
    isAdmin: true,
    signedInAt: current.createdAt,
  });
});

test("anyone else keeps a session older than 8 hours", async () => {
  const member = await makeUser();
  const session = await sessionSignedInHoursAgo(member.id, 20 * 24);
  expect(await loadSessionActor({ userId: member.id, signedInAt: session.createdAt })).toMatchObject({
    userId: member.id,
    signedInAt: session.createdAt,
  });
  expect(await sessionsOf(member.id)).toBe(1);
});

test("an admin session without a sign-in time counts as over", async () => {
  const admin = await makeUser({ isAdmin: true });
  expect(await loadSessionActor({ userId: admin.id, signedInAt: undefined })).toBeNull();
});
