import {
  ADMIN_SESSION_HOURS,
  assertRecentSignIn,
  hasRecentSignIn,
  isAdminSessionOver,
  RECENT_SIGN_IN_MINUTES,
} from "@/lib/auth/session-lifetime";
import { DomainError } from "@/lib/result";

const NOW = new Date("2026-12-10T12:00:00Z");
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

test(`an admin's session is over ${ADMIN_SESSION_HOURS} hours after its sign-in, however much it was used`, () => {
  const admin = { isAdmin: true };
  expect(isAdminSessionOver(admin, ago(ADMIN_SESSION_HOURS * 60 - 1), NOW)).toBe(false);
  expect(isAdminSessionOver(admin, ago(ADMIN_SESSION_HOURS * 60 + 1), NOW)).toBe(true);
  expect(isAdminSessionOver(admin, undefined, NOW)).toBe(true); // unknown sign-in time: fail closed
});

test("other people's sessions are left to Auth.js's 30 days", () => {
  expect(isAdminSessionOver({ isAdmin: false }, ago(29 * 24 * 60), NOW)).toBe(false);
  expect(isAdminSessionOver({ isAdmin: false }, undefined, NOW)).toBe(false);
});

test(`a sign-in counts as recent for ${RECENT_SIGN_IN_MINUTES} minutes, and an unknown one never`, () => {
  expect(hasRecentSignIn({ signedInAt: ago(RECENT_SIGN_IN_MINUTES - 1) }, NOW)).toBe(true);
  expect(hasRecentSignIn({ signedInAt: ago(RECENT_SIGN_IN_MINUTES + 1) }, NOW)).toBe(false);
  expect(hasRecentSignIn({}, NOW)).toBe(false);
  // A sign-in time far in the future is not "recent": it would never age.
  expect(hasRecentSignIn({ signedInAt: ago(-24 * 60) }, NOW)).toBe(false);
});

test("assertRecentSignIn refuses with the key the sign-in page and forms explain", () => {
  expect(() => assertRecentSignIn({ signedInAt: ago(5) }, NOW)).not.toThrow();
  const refusal = (() => {
    try {
      assertRecentSignIn({ signedInAt: ago(90) }, NOW);
    } catch (error) {
      return error;
    }
  })();
  expect(refusal).toBeInstanceOf(DomainError);
  expect(refusal).toMatchObject({ code: "unauthenticated", messageKey: "freshSignInRequired" });
});
