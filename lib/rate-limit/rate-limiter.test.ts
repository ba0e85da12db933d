import { RateLimiter } from "@/lib/rate-limit/rate-limiter";

test("a per-minute limiter refills over time", () => {
  const limiter = new RateLimiter(60);
  for (let i = 0; i < 60; i++) expect(limiter.allow("k", 0)).toBe(true);
  expect(limiter.allow("k", 0)).toBe(false);
  expect(limiter.allow("k", 1_000)).toBe(true);
});

test("a per-hour limiter keeps keys apart and refills one request every twelve minutes at 5 per hour", () => {
  const limiter = new RateLimiter(5, 3_600_000);
  for (let i = 0; i < 5; i++) expect(limiter.allow("a@example.org", 0)).toBe(true);
  expect(limiter.allow("a@example.org", 0)).toBe(false);
  expect(limiter.allow("b@example.org", 0)).toBe(true);
  expect(limiter.allow("a@example.org", 11 * 60_000)).toBe(false);
  expect(limiter.allow("a@example.org", 12 * 60_000)).toBe(true);
});
