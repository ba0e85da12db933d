import { RateLimiter } from "@/lib/rate-limit/rate-limiter";

// Sign-in links cost a mail each: at most 5 per address and 20 per client per hour (refilled continuously).
// Kept in memory: the app runs as one process (docs/decisions/009-magic-links-signed-links-rate-limits.md).

const perAddress = new RateLimiter(5, 3_600_000);
const perClient = new RateLimiter(20, 3_600_000);

export class SignInRateLimited extends Error {
  constructor() {
    super("Too many sign-in links requested");
    this.name = "SignInRateLimited";
  }
}

/** Counts one sign-in link for this address and client; throws SignInRateLimited when either is over its limit. */
export function consumeSignInAttempt(email: string, clientKey: string, now = Date.now()): void {
  const addressAllowed = perAddress.allow(email.toLowerCase(), now);
  const clientAllowed = perClient.allow(clientKey, now);
  if (!addressAllowed || !clientAllowed) throw new SignInRateLimited();
}
