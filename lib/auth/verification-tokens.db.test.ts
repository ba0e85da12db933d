import { consumeVerificationToken } from "@/lib/auth/verification-tokens";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/tests/setup/reset-database";

beforeEach(() => resetDatabase());

const expires = () => new Date(Date.now() + 30 * 60_000);

test("a sign-in token is found without the address, once", async () => {
  await prisma.verificationToken.create({ data: { identifier: "a@example.org", token: "hash-a", expires: expires() } });
  await prisma.verificationToken.create({ data: { identifier: "b@example.org", token: "hash-b", expires: expires() } });
  expect(await consumeVerificationToken({ token: "hash-a" })).toMatchObject({ identifier: "a@example.org" });
  expect(await consumeVerificationToken({ token: "hash-a" })).toBeNull();
  expect(await prisma.verificationToken.count()).toBe(1);
});

test("with an address given, it must be the token's", async () => {
  await prisma.verificationToken.create({ data: { identifier: "a@example.org", token: "hash-a", expires: expires() } });
  expect(await consumeVerificationToken({ identifier: "b@example.org", token: "hash-a" })).toBeNull();
  expect(await consumeVerificationToken({ identifier: "a@example.org", token: "hash-a" })).not.toBeNull();
});

test("of two presses at the same moment only one gets the token", async () => {
  await prisma.verificationToken.create({ data: { identifier: "a@example.org", token: "hash-a", expires: expires() } });
  const results = await Promise.all(Array.from({ length: 5 }, () => consumeVerificationToken({ token: "hash-a" })));
  expect(results.filter((result) => result !== null)).toHaveLength(1);
});
